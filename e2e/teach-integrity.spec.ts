// Issue 13, "Integrity": each point on a phone-sized screen, with the keyboard where a person would use it, axe on
// every state.
import { decodeResult } from "../core/assignment/result/result-code";
import { test, expect, expectAccessible, PHONE } from "./fixtures";
import { rawFromResponse } from "../core/assignment/result/answers";
import type { Bank, Question } from "../core/bank/schema";
import {
  focusedLabel,
  loadBank,
  makeAssignment,
  makeResult,
  sidewaysScroll,
  tabTo,
  trueFalse,
  type BankQuestion,
  type TestBank,
} from "./teach-helpers";

test.use({ viewport: PHONE });

test("1, 7, 9: with the keyboard alone a teacher reaches Create in at most 15 Tabs, the time limit is explained, the link takes focus, and creating again does not fork it", async ({
  page,
  request,
}) => {
  test.setTimeout(90_000);
  const bank = await loadBank(request);
  const [q] = trueFalse(bank, 1);
  await page.goto("/teach/");
  await expect(page.getByRole("heading", { name: "New assignment" })).toBeVisible();
  await tabTo(page, /^Title/);
  await page.keyboard.type("Keyboard week");

  let presses = await tabTo(page, /^Search the questions/);
  await page.keyboard.type(q!.prompt.slice(0, 40));
  // One Tab into the list; the arrow keys move inside it.
  presses += await tabTo(page, /^Add q-\d+/);
  for (let i = 0; i < 10 && !(await focusedLabel(page)).startsWith(`Add ${q!.id}`); i++)
    await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "In this assignment (1)" })).toBeVisible();
  presses += await tabTo(page, /^Time limit in minutes/);
  await page.keyboard.type("0");
  presses += await tabTo(page, /^Create the link/);
  test.info().annotations.push({ type: "tab presses from Title to Create the link", description: String(presses) });
  expect(presses).toBeLessThanOrEqual(15);

  // 9: "0" and "2.5" are explained, not turned into "no limit" or 3.
  await expect(page.getByText(/0 minutes would end the assignment at once/)).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "Check the time limit" })).toBeVisible();
  await expect(page.getByLabel(/^Time limit in minutes/)).toBeFocused();
  await expect(page.getByLabel(/^Send this link/)).toHaveCount(0);
  await expectAccessible(page, "time limit explained");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("2.5");
  await expect(page.getByText(/The time limit is in whole minutes/)).toBeVisible();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("5");
  await expect(page.getByLabel(/^Time limit in minutes/)).not.toHaveAttribute("aria-invalid", "true");

  // 1: the link appears where focus goes, in view.
  await tabTo(page, /^Create the link/);
  await page.keyboard.press("Enter");
  const heading = page.getByRole("heading", { name: /^Link for “Keyboard week”/ });
  await expect(heading).toBeFocused();
  await expect(heading).toBeInViewport();
  const link = await page.getByLabel(/^Send this link/).inputValue();
  await expectAccessible(page, "link made");

  // Creating again from the unchanged form gives the same link and one saved entry, told apart by its details.
  await tabTo(page, /^Create the link/, 20, "Shift+Tab");
  await page.keyboard.press("Enter");
  await expect(page.getByLabel(/^Send this link/)).toHaveValue(link);
  const saved = page.getByRole("region", { name: "Your assignments" }).getByRole("listitem");
  await expect(saved).toHaveCount(1);
  await expect(saved).toContainText(/1 question · code [0-9a-z]{8}/);
  expect(await sidewaysScroll(page)).toBeLessThanOrEqual(0);
});

test("2: after finishing, the student reads that nothing is handed in until sent, with the send actions first", async ({
  page,
  request,
  context,
}) => {
  const bank = await loadBank(request);
  const questions = trueFalse(bank, 2);
  const a = makeAssignment(bank, questions, { requireName: false, teacherEmail: "teacher@example.org" });
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await page.goto(`/assignment/#${a.code}`);
  await tabTo(page, /^Start/);
  await page.keyboard.press("Enter");
  for (let i = 1; i <= 2; i++) {
    await expect(page.getByRole("heading", { level: 2, name: `Question ${i} of 2` })).toBeFocused();
    await page.keyboard.press("1");
    await page.keyboard.press("Enter");
  }
  const status = page.getByRole("heading", { level: 2, name: /^Not handed in yet: Week 3 check$/ });
  await expect(status).toBeFocused();
  await expect(page.getByText(/Handed in/)).toHaveCount(0);
  await expect(page.getByText("your teacher does not have them until you send them")).toBeVisible();
  // The send actions come before the code, the score and the review.
  const send = page.getByRole("region", { name: "Send your result to your teacher" });
  await expect(send.getByRole("link", { name: "Send by e-mail" })).toBeVisible();
  const firstAction = await tabTo(page, /^Send by e-mail/);
  expect(firstAction).toBe(1);
  await expectAccessible(page, "not handed in yet");

  await tabTo(page, /^Copy link/);
  await page.keyboard.press("Enter");
  // Copied is not sent: the heading says "Sent" only with an inbox's receipt (issue 24, point 5).
  await expect(page.getByRole("heading", { level: 2, name: /^Ready to hand in: Week 3 check$/ })).toBeVisible();
  await expect(page.getByText(/You copied your result/)).toBeVisible();
  await expectAccessible(page, "sent");
  // Reloading keeps it: the list of finished results says it was sent.
  await page.goto("/assignment/");
  await expect(page.getByRole("listitem").filter({ hasText: "Week 3 check" })).toContainText(
    "Ready to hand in: you copied it.",
  );
});

test("3: time running out while the page is closed is stamped at the deadline, told to the student, and not called late", async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(90_000);
  const bank = await loadBank(request);
  const questions = trueFalse(bank, 3);
  const a = makeAssignment(bank, questions, { timeLimitMinutes: 5, requireName: false });
  const T = new Date("2026-11-30T09:00:00Z");
  await page.clock.install({ time: T });
  await page.goto(`/assignment/#${a.code}`);
  await expect(page.getByText(/Time limit: 5 minutes from when you press Start/)).toContainText(
    "When it reaches zero, no more answers can be saved",
  );
  await page.getByRole("button", { name: "Start" }).press("Enter");
  // The player loads on Start: answer once the question is on screen, as a student would.
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 3" })).toBeVisible();
  await page.keyboard.press("1");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: "Question 2 of 3" })).toBeVisible();
  // The student closes the page and comes back an hour later.
  await page.goto("about:blank");
  await page.clock.setSystemTime(new Date(T.getTime() + 60 * 60_000));
  await page.goto(`/assignment/#${a.code}`);
  await expect(page.getByText(/Time ran out while this page was closed/)).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: /^Not handed in yet/ })).toBeVisible();
  await expectAccessible(page, "time ran out while away");
  const resultLink = await page.getByLabel("Result link").inputValue();
  const decoded = decodeResult(resultLink);
  expect(decoded.ok && decoded.value.submittedAt - decoded.value.startedAt).toBe(5 * 60_000);
  expect(decoded.ok && decoded.value.ending).toBe("time-up-away");

  const ctx = await browser.newContext({ viewport: PHONE });
  const teacher = await ctx.newPage();
  await teacher.goto(resultLink);
  await teacher.getByRole("button", { name: "Add anyway" }).press("Enter");
  const row = teacher.getByRole("row").filter({ hasText: "No name given" });
  await expect(row).toContainText("Time ran out while the page was closed");
  await expect(row).not.toContainText("after the time limit");
  await expect(row).toContainText("5 min 0 s");
  await ctx.close();
});

test("4: a second attempt is a retake on both sides; the key waits for the last attempt; the teacher sees both", async ({
  page,
  request,
  browser,
}) => {
  test.setTimeout(90_000);
  const bank = await loadBank(request);
  const questions = trueFalse(bank, 2);
  const a = makeAssignment(bank, questions, { attempts: 2, keep: "best", showKey: true });
  const links: string[] = [];
  await page.goto(`/assignment/#${a.code}`);
  await expect(page.getByText(/2 attempts; your teacher sees every attempt and counts your best/)).toBeVisible();
  for (const attempt of [1, 2]) {
    if (attempt === 1) {
      await page.getByLabel(/Your name/).fill("Ana");
      await page.getByRole("button", { name: "Start" }).press("Enter");
    } else {
      await expect(page.getByText("This will be a retake: attempt 2 of 2")).toBeVisible();
      await expect(page.getByLabel(/Your name/)).toHaveValue("Ana");
      await page.getByRole("button", { name: "Start attempt 2" }).press("Enter");
      await expect(page.getByRole("heading", { name: /Week 3 check, attempt 2/ })).toBeVisible();
    }
    for (let i = 0; i < 2; i++) {
      // The first attempt answers "True" to everything, the second "False", once each question is on screen.
      await expect(page.getByRole("heading", { level: 2, name: `Question ${i + 1} of 2` })).toBeFocused();
      await page.keyboard.press(attempt === 1 ? "1" : "2");
      await page.keyboard.press("Enter");
    }
    await expect(page.getByRole("heading", { level: 2, name: /^Not handed in yet/ })).toBeVisible();
    // The link is filled in once the page knows its origin: wait for it rather than read it empty under load.
    await expect(page.getByLabel("Result link")).toHaveValue(/#[A-Za-z0-9_-]+$/);
    links.push(await page.getByLabel("Result link").inputValue());
    if (attempt === 1) {
      await expect(page.getByRole("heading", { name: "Review" })).toHaveCount(0);
      await expect(page.getByText("The answers and explanations are shown after your last attempt.")).toBeVisible();
      await expectAccessible(page, "first attempt");
      await page.getByRole("button", { name: "Start attempt 2" }).press("Enter");
    } else {
      await expect(page.getByText("That was your last attempt.")).toBeVisible();
      await expect(page.getByRole("heading", { name: "Review" })).toBeVisible();
      await expect(page.getByRole("button", { name: /^Start attempt/ })).toHaveCount(0);
    }
  }
  // No third attempt from this browser.
  await page.reload();
  await expect(page.getByText(/Ana has used all 2 attempts at this assignment on this device/)).toBeVisible();
  await expect(page.getByRole("button", { name: /^Start/ })).toHaveCount(0);

  const ctx = await browser.newContext({ viewport: PHONE });
  const teacher = await ctx.newPage();
  await teacher.goto("/teach/results/");
  await teacher.getByLabel(/Paste result links or codes/).fill(links.join("\n"));
  await teacher.getByRole("button", { name: "Add to gradebook" }).press("Enter");
  await expect(teacher.getByRole("status").filter({ hasText: "Added 2 results" })).toBeVisible();
  const rows = teacher.getByRole("row").filter({ hasText: "Ana" });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "Retake (attempt 2)" })).toHaveCount(1);
  // This browser has not saved the assignment, so it cannot know the policy: it keeps the first, and says so.
  await expect(rows.filter({ hasText: "Not counted: the first attempt counts" })).toHaveCount(1);
  await expect(teacher.getByTestId("class-summary")).toContainText("1 student");
  await expectAccessible(teacher, "gradebook with a retake");
  await ctx.close();
});

test("5: two students with the same name are two rows, both in the CSV, and Remove says which it removes", async ({
  page,
  request,
}) => {
  const bank = await loadBank(request);
  const questions = trueFalse(bank, 2);
  const a = makeAssignment(bank, questions);
  const right = questions.map((q) => q.answer as boolean);
  const alex1 = makeResult(a, bank, "Alex", right);
  const alex2 = makeResult(a, bank, "alex ", [null, null], { submittedAt: Date.UTC(2026, 10, 30, 9, 5) });
  await page.goto("/teach/results/");
  await page.getByLabel(/Paste result links or codes/).fill(`${alex1} ${alex2}`);
  await page.getByRole("button", { name: "Add to gradebook" }).press("Enter");
  const rows = page.getByRole("row").filter({ hasText: /alex/i });
  await expect(rows).toHaveCount(2);
  await expect(rows.filter({ hasText: "2 / 2 (100%)" })).toHaveCount(1);
  await expect(rows.filter({ hasText: "0 / 2 (0%)" })).toHaveCount(1);
  await expect(rows.first()).toContainText("Same name as another result: two students, or one who handed in twice");
  await expect(page.getByTestId("class-summary")).toContainText("2 students");
  await expectAccessible(page, "two Alexes");

  const download = page.waitForEvent("download");
  await page.getByRole("button", { name: /Export CSV/ }).press("Enter");
  const { readFileSync } = await import("node:fs");
  const csv = readFileSync((await (await download).path())!, "utf8");
  expect(csv.split("\r\n").filter((l) => /^"?alex/i.test(l))).toHaveLength(2);

  // Each of the two says it removes this result, and which one: its name and time.
  await expect(page.getByRole("button", { name: /^Remove this result/ })).toHaveCount(2);
  await page.getByRole("button", { name: "Remove this result (alex, handed in 30 Nov 2026, 09:05)" }).press("Enter");
  await expect(rows).toHaveCount(1);
  await expect(rows).toContainText("2 / 2 (100%)");
  // A removal is one key press away from a mistake: it says what went and can be undone (focus is on Undo).
  await expect(page.getByText("Removed alex's result (handed in 30 Nov 2026, 09:05).")).toBeVisible();
  const undo = page.getByRole("button", { name: "Undo" });
  await expect(undo).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(rows).toHaveCount(2);
  await expect(undo).toHaveCount(0);
  await page.reload();
  await expect(rows).toHaveCount(2);
});

test("6, 8: pasting the app's own e-mail adds one result; a link with a full stop or in angle brackets reads; a failure keeps the text", async ({
  page,
  request,
}) => {
  const bank = await loadBank(request);
  const questions = trueFalse(bank, 2);
  const a = makeAssignment(bank, questions);
  const ana = makeResult(a, bank, "Ana", [true, true]);
  const ben = makeResult(a, bank, "Ben", [false, true]);
  await page.goto("/teach/results/");
  const origin = new URL(page.url()).origin;
  const box = page.getByLabel(/Paste result links or codes/);
  const mail = `Subject: Result: Week 3 check (Ana)\n\nMy result for “Week 3 check”:\n\n${origin}/teach/results/#${ana}\n\nResult code: ${ana}\n`;
  await box.fill(mail);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: /^Added 1 result \(1 for an assignment not saved in this browser\)\.$/ }),
  ).toBeVisible();
  await expect(box).toHaveValue("");

  // A link ending in "." in a chat, and a changed code: the good one is added, the text stays for the other.
  const changed = ben.slice(0, 12) + (ben[12] === "A" ? "B" : "A") + ben.slice(13);
  const chat = `Ben: <${origin}/teach/results/#${ben}>.\nCy: ${changed}`;
  await box.fill(chat);
  await page.getByRole("button", { name: "Add to gradebook" }).press("Enter");
  await expect(
    page
      .getByRole("status")
      .filter({ hasText: "Added 1 result (1 for an assignment not saved in this browser; 1 could not be read)." }),
  ).toContainText("incomplete or was changed");
  // The one that failed is named by how it begins, so the teacher can find Cy's code in the chat.
  await expect(page.getByText(`Not read: the code beginning “${changed.slice(0, 12)}…”.`)).toBeVisible();
  await expect(box).toHaveValue(chat);
  await expect(page.getByRole("row").filter({ hasText: "Ben" })).toBeVisible();
  await expectAccessible(page, "paste report");

  // Opening a result link that a mail client ended with a full stop.
  await page.goto(`/teach/results/#${ana}.`);
  await expect(page.getByRole("heading", { name: "This result is already in your gradebook" })).toBeVisible();
});

test("8: an assignment link that lost its # is explained, with the fixed link", async ({
  page,
  request,
  consoleErrors,
}) => {
  const bank = await loadBank(request);
  const a = makeAssignment(bank, trueFalse(bank, 1));
  await page.goto(`/assignment/${a.code}`);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
  await expect(page.getByText(/an assignment link that lost its “#”/)).toBeVisible();
  // The browser logs the 404 response itself as a console error; that one is expected.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/404/.test(e)));
  await expectAccessible(page, "lost fragment");
  await page.getByRole("link", { name: "Open it as it was meant to be" }).press("Enter");
  await expect(page.getByRole("heading", { name: "Week 3 check" })).toBeVisible();
});

test("a result link opened while the gradebook is open in another tab asks to add it, with the keyboard, and both tabs show it", async ({
  page,
  context,
  request,
}) => {
  const bank = await loadBank(request);
  const a = makeAssignment(bank, trueFalse(bank, 2));
  const code = makeResult(a, bank, "Noor", [true, null]);
  await page.goto("/teach/results/");
  await expect(page.getByText(/No results yet|Paste result links or codes/).first()).toBeVisible();

  const second = await context.newPage();
  await second.goto(`/teach/results/#${code}`);
  await expect(second.getByRole("heading", { name: "Add this result?" })).toBeFocused();
  await expectAccessible(second, "result link confirmation");
  await expect(await tabTo(second, /^Add anyway$/, 5)).toBeLessThanOrEqual(5);
  await second.keyboard.press("Enter");
  await expect(second.getByRole("row").filter({ hasText: "Noor" })).toHaveCount(1);
  await expect(second).toHaveURL(/\/teach\/results\/$/);

  // The first tab learns of it without a reload: a teacher does not lose the result by switching back.
  await expect(page.getByRole("row").filter({ hasText: "Noor" })).toHaveCount(1);
});

test("the 'add a question first' message goes away once a question is added", async ({ page }) => {
  await page.goto("/teach/");
  await page.getByRole("button", { name: "Create the link" }).click();
  const problem = page.getByRole("alert").filter({ hasText: "Add at least one question first." });
  await expect(problem).toBeVisible();
  await page
    .getByRole("button", { name: /^Add q-\d+/ })
    .first()
    .click();
  await expect(page.getByRole("heading", { name: "In this assignment (1)" })).toBeVisible();
  await expect(problem).toHaveCount(0);
});

test("item analysis: a several-answer question everyone got partly right shows its mean credit beside '0% correct'", async ({
  page,
  request,
}) => {
  const bank = (await (await request.get("/data/bank.json")).json()) as Bank;
  const q = bank.questions.find(
    (x): x is Extract<Question, { type: "multiple" }> =>
      !x.retired && x.type === "multiple" && x.answer.length >= 2 && x.options.length > x.answer.length,
  )!;
  const a = makeAssignment(bank as unknown as TestBank, [q as unknown as BankQuestion]);
  // Each student picks one of the keyed answers only: partly right, never fully.
  const codes = ["Ana", "Ben"].map((name) =>
    makeResult(a, bank as unknown as TestBank, name, [], {
      answers: [rawFromResponse(q, { type: "multiple", choices: [q.answer[0]!] })],
    }),
  );
  await page.goto("/teach/results/");
  await page.getByLabel(/Paste result links or codes/).fill(codes.join(" "));
  await page.getByRole("button", { name: "Add to gradebook" }).press("Enter");
  const item = page.locator(`[data-question="${q.id}"]`);
  await expect(item.getByTestId("percent-correct")).toHaveText("0% correct");
  await expect(item).toContainText(/mean credit \d+%/);
});
