import { readFileSync } from "node:fs";
import { test, expect, expectAccessible, PHONE } from "./fixtures";

type BankQuestion = { id: string; type: string; retired?: boolean; answer: unknown; options?: { text: string }[] };

test("a teacher builds a link, two students hand in, and the gradebook grades them", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(120_000);
  const bank = (await (await request.get("/data/bank.json")).json()) as { questions: BankQuestion[] };
  const active = bank.questions.filter((q) => !q.retired);
  const singles = active.filter((q) => q.type === "single").slice(0, 2);
  const tf = active.find((q) => q.type === "true-false")!;
  const picked = [singles[0]!, tf, singles[1]!];
  const rightAnswer = (q: BankQuestion) =>
    q.type === "true-false" ? (q.answer ? "True" : "False") : (q.answer as string);
  const wrongAnswer = (q: BankQuestion) =>
    q.type === "true-false" ? (q.answer ? "False" : "True") : q.options!.find((o) => o.text !== q.answer)!.text;

  // The teacher builds the assignment.
  await page.goto("/teach/");
  await expect(page.getByText(/not a secure exam/)).toBeVisible();
  const title = "<script>alert(1)</script> Week 3";
  await page.getByLabel("Title").fill(title);
  await page.getByLabel(/^Instructions/).fill("Read the article first.");
  for (const q of picked) await page.getByRole("button", { name: `Add ${q.id}`, exact: true }).click();
  await expect(page.getByRole("heading", { name: "In this assignment (3)" })).toBeVisible();
  await page.getByLabel(/Time limit in minutes/).fill("5");
  await page.getByLabel(/e-mail address for handing in/).fill("teacher@example.org");
  await expectAccessible(page, "teach builder");
  await page.getByRole("button", { name: "Create the link" }).click();
  const link = await page.getByLabel(/Send this link/).inputValue();
  expect(link).toMatch(/\/assignment\/#[A-Za-z0-9_-]+$/);
  await expect(page.getByRole("img", { name: /QR code of the link/ })).toBeVisible();
  await expect(
    page.getByRole("list").filter({ hasText: "Week 3" }).getByRole("button", { name: /^Open/ }),
  ).toBeVisible();
  await expectAccessible(page, "teach with link");

  // Student 1 answers everything right, in time.
  const ctxA = await browser.newContext();
  const ana = await ctxA.newPage();
  await ana.goto(link);
  await expect(ana.getByRole("heading", { name: title })).toBeVisible();
  await expect(ana.getByText("3 questions")).toBeVisible();
  await expectAccessible(ana, "assignment intro");
  await ana.getByRole("button", { name: "Start" }).click();
  await expect(ana.getByRole("alert").filter({ hasText: "Enter your name" })).toBeVisible();
  await ana.getByLabel(/Your name/).fill("Ana");
  await ana.getByRole("button", { name: "Start" }).click();
  for (const [i, q] of picked.entries()) {
    await ana.getByRole("radio", { name: rightAnswer(q), exact: true }).check();
    await expectAccessible(ana, `question ${i + 1}`);
    await ana.getByRole("button", { name: i === picked.length - 1 ? "Save and finish" : "Save and next" }).click();
  }
  // Every question is answered, so saving the last one hands in at once, with no "not answered" prompt.
  await expect(ana.getByRole("heading", { name: /^Not handed in yet:/ })).toBeVisible();
  await expect(ana.getByRole("button", { name: "Finish anyway" })).toHaveCount(0);
  await expect(ana.getByText(/Your score: 3 out of 3 \(100%\)/)).toBeVisible();
  await expect(ana.getByRole("link", { name: "Send by e-mail" })).toHaveAttribute(
    "href",
    /^mailto:teacher%40example\.org\?/,
  );
  const linkA = await ana.getByLabel("Result link").inputValue();
  expect(linkA).toMatch(/\/teach\/results\/#/);
  await expectAccessible(ana, "handed in with review");

  // Student 2 answers one question wrong, reloads, then lets the clock run out.
  const ctxB = await browser.newContext();
  const ben = await ctxB.newPage();
  await ben.clock.install();
  await ben.goto(link);
  await ben.getByLabel(/Your name/).fill("Ben <b>bold</b>");
  await ben.getByRole("button", { name: "Start" }).click();
  await ben.getByRole("radio", { name: wrongAnswer(picked[0]!), exact: true }).check();
  await ben.getByRole("button", { name: "Save and next" }).click();
  await ben.reload();
  await expect(ben.getByRole("button", { name: "Question 1, answered" })).toBeVisible();
  await expect(ben.getByRole("button", { name: "Question 2, not answered" })).toHaveAttribute("aria-current", "step");
  await ben.clock.fastForward("06:00");
  await expect(ben.getByRole("heading", { name: /^Not handed in yet:/ })).toBeVisible();
  await expect(ben.getByText("Time ran out. The answers you gave are in this result.")).toBeVisible();
  await expect(ben.getByText(/Your score: 0 out of 3/)).toBeVisible();
  const linkB = await ben.getByLabel("Result link").inputValue();

  // The teacher opens both result links.
  await page.goto(linkA);
  await expect(page.getByRole("heading", { name: "Add this result?" })).toBeVisible();
  await expect(page.getByText(/From Ana, for/)).toBeVisible();
  await expectAccessible(page, "confirm result");
  await page.getByRole("button", { name: "Add this result" }).click();
  await page.goto(linkB);
  await page.getByRole("button", { name: "Add this result" }).click();
  await expect(page).toHaveURL(/\/teach\/results\/$/);

  const table = page.getByRole("table", { name: /Results for/ });
  const anaRow = table.getByRole("row").filter({ hasText: "Ana" });
  const benRow = table.getByRole("row").filter({ hasText: "Ben <b>bold</b>" });
  await expect(anaRow).toContainText("3 / 3 (100%)");
  await expect(anaRow).not.toContainText("Time ran out");
  await expect(benRow).toContainText("0 / 3 (0%)");
  // The clock reached zero with Ben's page open: stamped at the limit, not late.
  await expect(benRow).toContainText("Time ran out: the answers given were handed in");
  await expect(benRow).toContainText("5 min 0 s");
  await expect(benRow).not.toContainText("after the time limit");
  const summary = page.getByTestId("class-summary");
  await expect(summary).toContainText("Handed in2 students");
  await expect(summary).toContainText("Class average50%");
  // Sorting by score puts Ben first, then Ana.
  await page.getByRole("button", { name: "Score" }).click();
  await expect(table.getByRole("row").nth(1)).toContainText("Ben");
  await page.getByRole("button", { name: "Score" }).click();
  await expect(table.getByRole("row").nth(1)).toContainText("Ana");

  const items = page.locator("[data-question]");
  await expect(items.nth(0).getByTestId("percent-correct")).toHaveText("50% correct");
  await expect(items.nth(1).getByTestId("percent-correct")).toHaveText("50% correct");
  const options = items.nth(0).getByRole("list", { name: "Answers chosen" }).getByRole("listitem");
  await expect(options.filter({ hasText: wrongAnswer(picked[0]!) })).toContainText("1 student");
  await expect(options.filter({ hasText: wrongAnswer(picked[0]!) })).not.toContainText("✓ key");
  await expect(options.filter({ hasText: rightAnswer(picked[0]!) })).toContainText("✓ key");
  await expectAccessible(page, "gradebook");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: /Export CSV/ }).click();
  const csv = readFileSync(await (await download).path()!, "utf8").replace(/^\uFEFF/, "");
  const lines = csv.trim().split("\r\n");
  expect(lines[0]).toBe(
    `Name,Attempt,Counts,Submitted at (UTC),Time taken (minutes),Ending,${picked.map((q, i) => `Q${i + 1} ${q.id}`).join(",")},Score,Out of,Percent,Notes`,
  );
  expect(lines.find((l) => l.startsWith("Ana,"))).toMatch(/^Ana,1,yes,[^,]+,[\d.]+,finished,1,1,1,3,3,100,$/);
  expect(lines.find((l) => l.startsWith("Ben <b>bold</b>,"))).toMatch(
    /,5,time ran out,0,0,0,0,3,0,Time ran out: the answers given were handed in$/,
  );

  // Printing the gradebook prints the summary, the table and the analysis only.
  await page.emulateMedia({ media: "print" });
  await expect(summary).toBeVisible();
  await expect(table).toBeVisible();
  await expect(items.first()).toBeVisible();
  await expect(page.getByRole("heading", { name: "Add results" })).toBeHidden();
  await expect(page.getByRole("button", { name: /Export CSV/ })).toBeHidden();
  await expect(page.getByText(/not a secure exam/)).toBeHidden();
  await expect(page.getByRole("banner")).toBeHidden();
  await page.emulateMedia({ media: "screen" });

  await ctxA.close();
  await ctxB.close();
});

test("tampered links and codes get a plain message and a way on", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/assignment/#AAAAbm90LWEtcmVhbC1jb2Rl");
  await expect(page.getByRole("alert").filter({ hasText: "link" })).toHaveText(
    /This link is incomplete or was changed\. Ask your teacher to send it again\./,
  );
  await expect(page.getByRole("link", { name: "Go to the home page" })).toBeVisible();
  await expectAccessible(page, "bad assignment link");

  await page.goto(`/teach/results/#${"x".repeat(20_000)}`);
  await expect(page.getByRole("alert").filter({ hasText: "result code" })).toContainText(
    "far longer than a result code",
  );
  await expectAccessible(page, "bad result link");

  await page.getByLabel(/Paste result links or codes/).fill("not-a-code another");
  await page.getByRole("button", { name: "Add to gradebook" }).click();
  await expect(page.getByRole("status").filter({ hasText: "No result codes or links were found" })).toBeVisible();
});
