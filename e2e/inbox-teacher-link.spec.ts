// The teacher link (issue 24): a teacher's results belong to the teacher, on any device. Create an assignment that
// collects; five students hand in (two of them one after the other on a shared device); the teacher opens the teacher
// link in a fresh browser and sees every result; a learner's "Reset progress" in the first browser keeps the teacher's
// results and keys; replacing the link makes the old one say plainly that it no longer works; a damaged link says so.
import { readFile } from "node:fs/promises";
import type { BrowserContext, Page } from "@playwright/test";
import { test, expect, expectAccessible, PHONE } from "./fixtures";

type BankQuestion = { id: string; type: string; retired?: boolean; answer: unknown };

async function handIn(page: Page, link: string, name: string, answer: string, { shared = false } = {}) {
  // On a shared device the page still shows the last student's hand-in: the next student opens the link afresh, finds
  // that student's attempt used up, and starts as a new student.
  if (shared) await page.goto("/");
  await page.goto(link);
  if (shared) await page.getByRole("button", { name: "New student on this device" }).click();
  await page.getByLabel(/Your name/).fill(name);
  await page.getByRole("button", { name: "Start" }).click();
  await page.getByRole("radio", { name: answer, exact: true }).check();
  await page.getByRole("button", { name: "Save and finish" }).click();
  await expect(page.getByText(/^Received by your teacher's inbox at \d\d:\d\d$/)).toBeVisible({ timeout: 15_000 });
}

test("the teacher link opens the gradebook on any device, survives a learner's reset, and can be replaced", async ({
  page,
  browser,
  request,
}) => {
  test.setTimeout(400_000);
  const bank = (await (await request.get("/data/bank.json")).json()) as { questions: BankQuestion[] };
  const q = bank.questions.find((x) => !x.retired && x.type === "single")!;
  const contexts: BrowserContext[] = [];
  const fresh = async (viewport = PHONE) => {
    const ctx = await browser.newContext({ viewport });
    contexts.push(ctx);
    return ctx.newPage();
  };

  // Created with collection on: the teacher link is shown beside the student link, with its warning.
  await page.goto("/teach/");
  await page.getByLabel("Title").fill("Linked week");
  await page.getByRole("button", { name: `Add ${q.id}`, exact: true }).click();
  await page.getByRole("checkbox", { name: "Collect results automatically" }).check();
  await page.getByRole("button", { name: "Create the link" }).click();
  const studentLink = await page.getByLabel(/Send this link/).inputValue();
  const teacherField = page.getByLabel("Teacher link for “Linked week”", { exact: true });
  const teacherLink = await teacherField.inputValue();
  expect(teacherLink).toMatch(/\/teach\/results\/#teacher=[A-Za-z0-9_-]+$/);
  await expect(page.getByText("Whoever has this link can read and delete the results.")).toBeVisible();
  const mail = await page.getByRole("link", { name: "E-mail it to yourself" }).getAttribute("href");
  expect(mail).toMatch(/^mailto:\?subject=/);
  expect(decodeURIComponent(mail ?? "")).toContain(teacherLink);
  await expect(page.getByRole("button", { name: "Copy teacher link" })).toBeVisible();
  await page.getByRole("button", { name: "Show QR code" }).click();
  await expect(page.getByRole("img", { name: "QR code of the teacher link for Linked week" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("teacher-link.png"), fullPage: true });
  await expectAccessible(page, "teacher link at creation");

  // Five students hand in: three on their own devices, then Dan and Eve one after the other on one shared device.
  for (const name of ["Ana", "Ben", "Cleo"]) await handIn(await fresh(), studentLink, name, q.answer as string);
  const shared = await fresh();
  await handIn(shared, studentLink, "Dan", q.answer as string);
  await handIn(shared, studentLink, "Eve", q.answer as string, { shared: true });

  // The first browser's gradebook fills from the inbox.
  await page.goto("/teach/results/");
  const table = (p: Page) => p.getByRole("table", { name: /Results for Linked week/ });
  await expect(table(page).getByRole("row")).toHaveCount(6);

  // At home: a browser that has never seen the assignment opens the teacher link and reads every result.
  const home = await fresh({ width: 1280, height: 800 });
  await home.goto(teacherLink);
  await expect(home.getByText(/Opened the teacher link for “Linked week”/)).toBeVisible();
  for (const name of ["Ana", "Ben", "Cleo", "Dan", "Eve"])
    await expect(table(home).getByRole("row").filter({ hasText: name })).toContainText("1 / 1");
  await expect(home.getByText(/Linked week: 5 results received/)).toBeVisible();
  // The key does not stay in the address bar.
  expect(new URL(home.url()).hash).toBe("");
  await expectAccessible(home, "gradebook opened by teacher link");
  await home.reload();
  await expect(table(home).getByRole("row")).toHaveCount(6);

  // A learner's reset on the first browser keeps the teacher's results and keys; its confirmation says so.
  await page.goto("/progress/");
  await expect(
    page.getByText(/a backup also holds your teacher links and inbox keys.*Keep this file private/),
  ).toBeVisible();
  await page.getByRole("button", { name: "Reset progress" }).click();
  await expect(page.getByText(/keeps a teacher’s assignments, gradebook and teacher links/)).toBeVisible();
  const [backup] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download backup and reset" }).click(),
  ]);
  const file = JSON.parse(await readFile((await backup.path())!, "utf8"));
  expect(Object.values(file.data["debrief:inbox"].state.inboxes)).toHaveLength(1);
  await expect(page.getByText("Your progress was reset. A backup of it was downloaded first.")).toBeVisible();
  await page.goto("/teach/results/");
  await expect(table(page).getByRole("row")).toHaveCount(6);
  await expect(page.getByText(/Linked week: 5 results received/)).toBeVisible();

  // Replacing the link: the first browser gets a new one; the old link and the home browser's key stop working.
  await page.getByRole("button", { name: "Teacher link", exact: true }).click();
  const before = await page.getByLabel("Teacher link for “Linked week”", { exact: true }).inputValue();
  expect(before).toBe(teacherLink);
  page.once("dialog", (d) => void d.accept());
  await page.getByRole("button", { name: "Replace the teacher link" }).click();
  await expect(page.getByText(/^The teacher link is replaced: the old one no longer works/)).toBeVisible();
  const replaced = await page.getByLabel("Teacher link for “Linked week”", { exact: true }).inputValue();
  expect(replaced).not.toBe(teacherLink);

  const elsewhere = await fresh();
  await elsewhere.goto(teacherLink);
  await expect(
    elsewhere.getByText(/This teacher link for “Linked week” no longer works: it was replaced by a newer one/),
  ).toBeVisible();
  await expect(elsewhere.getByRole("table")).toHaveCount(0);
  await expectAccessible(elsewhere, "replaced teacher link");
  await home.reload();
  await expect(home.getByText(/its teacher link was replaced/)).toBeVisible();

  // The new link works anywhere; a damaged one says what is wrong and adds nothing.
  const damaged = await fresh();
  await damaged.goto(replaced.slice(0, -6));
  await expect(damaged.getByText(/This teacher link is incomplete or was changed/)).toBeVisible();
  await damaged.goto(replaced);
  await expect(table(damaged).getByRole("row")).toHaveCount(6);

  // Removing the teacher data is its own action, which names the assignment and says where its results stay.
  await page.getByRole("button", { name: "Remove teacher data from this browser…" }).click();
  await expect(
    page
      .getByRole("listitem")
      .filter({ hasText: /Linked week: its results stay on the inbox server until .*reachable by its teacher link/ }),
  ).toBeVisible();
  await expectAccessible(page, "remove teacher data");
  const [teacherBackup] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("button", { name: "Download backup and remove" }).click(),
  ]);
  expect(teacherBackup.suggestedFilename()).toMatch(/^debrief-teacher-backup-/);
  await expect(page.getByText(/^The teacher data is removed from this browser/)).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);
  await page.goto(replaced);
  await expect(table(page).getByRole("row")).toHaveCount(6);

  for (const ctx of contexts) await ctx.close();
});
