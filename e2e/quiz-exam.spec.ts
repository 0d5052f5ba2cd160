import type { Page } from "@playwright/test";
import { test, expect, expectAccessible } from "./fixtures";
import { answerWithKeyboard, currentQuestion, fetchBank } from "./quiz-helpers";

/** Visits every question through the exam navigator and returns the ids and the first question's option order. */
async function collectExam(page: Page, n: number) {
  const ids: string[] = [];
  for (let i = 0; i < n; i++) {
    await page.getByRole("button", { name: new RegExp(`^Question ${i + 1}, `) }).click();
    await expect(page.getByRole("heading", { level: 2, name: `Question ${i + 1} of ${n}` })).toBeVisible();
    ids.push(((await page.locator('form p[id^="prompt-"]').getAttribute("id")) ?? "").replace("prompt-", ""));
  }
  await page.getByRole("button", { name: /^Question 1, / }).click();
  // The whole question as shown, options in their shuffled order.
  const options = await page.locator("form").innerText();
  return { ids, options };
}

test("an exam with a time limit gives no feedback and ends itself when time runs out", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-01-15T12:00:00Z") });
  await page.goto("/quiz/");
  const bank = await fetchBank(page);
  await page.getByRole("radio", { name: "5", exact: true }).check();
  await page.getByRole("radio", { name: /^Exam/ }).check();
  await page.getByLabel("Time limit in minutes (empty for none)").fill("2");
  await expectAccessible(page, "exam setup");
  await page.getByRole("button", { name: /^Start quiz/ }).click();

  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 5" })).toBeFocused();
  await expect(page.getByRole("timer")).toHaveText(/^(2:00|1:59)$/);
  const first = await currentQuestion(page, bank);
  await answerWithKeyboard(page, first, true);
  // No feedback in an exam: straight to the next question.
  await expect(page.getByRole("heading", { level: 2, name: "Question 2 of 5" })).toBeFocused();
  await expect(page.getByRole("heading", { level: 3, name: /^(Right|Not quite|Partly)/ })).toHaveCount(0);
  await expect(page.getByText("1 answered, 4 to go, 0 flagged.")).toBeVisible();
  await page.getByRole("button", { name: "Flag for review" }).click();
  await expect(page.getByRole("button", { name: "Flagged for review" })).toHaveAttribute("aria-pressed", "true");
  await expect(page.getByRole("button", { name: "Question 2, not answered, flagged" })).toBeVisible();
  await expectAccessible(page, "exam question");

  await page.clock.fastForward("01:10");
  await expect(page.getByRole("timer")).toHaveText(/^0:[45]\d$/);
  await page.clock.fastForward("01:00");
  await expect(page.getByRole("heading", { level: 2, name: /^Your score: / })).toBeVisible();
  await expect(page.getByText(/The time limit ran out/)).toBeVisible();
  await expect(page.getByText("Flagged for review", { exact: true })).toHaveCount(1);
  await expect(page.getByText("No answer", { exact: true })).toHaveCount(4);
  await expectAccessible(page, "exam results");
});

test("a one-minute exam does not start by saying less than a minute is left", async ({ page }) => {
  await page.clock.install({ time: new Date("2026-01-15T12:00:00Z") });
  await page.goto("/quiz/?n=5&types=single,true-false&mode=exam&seed=99&time=1");
  const start = page.getByRole("button", { name: /^Start quiz/ });
  await expect(start).toBeVisible();
  // The clock stands still from here, so the first reading is the whole minute.
  await page.clock.pauseAt((await page.evaluate(() => Date.now())) + 1_000);
  await start.click();
  await expect(page.getByRole("timer")).toHaveText("1:00");
  const warning = page.getByText("Less than one minute left.");
  await expect(warning).toHaveCount(0);
  await page.clock.runFor(1_000);
  await expect(page.getByRole("timer")).toHaveText("0:59");
  await expect(warning).toHaveCount(1);
});

test("an exam can be finished early after confirming the unanswered questions", async ({ page }) => {
  await page.goto("/quiz/?n=5&types=single,true-false&mode=exam&seed=99");
  const bank = await fetchBank(page);
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  const q = await currentQuestion(page, bank);
  await answerWithKeyboard(page, q, true);
  await page.getByRole("button", { name: "Previous" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 5" })).toBeVisible();
  // The saved answer is shown again and can still be changed.
  await expect(page.locator("form input:checked")).toHaveCount(1);
  await page.getByRole("button", { name: "Finish exam" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("4 questions are not answered yet");
  await expectAccessible(page, "finish confirmation");
  await confirm.getByRole("button", { name: "Finish anyway" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Your score: 1 out of 5 \(20%\)$/ })).toBeVisible();
});

test("reloading mid-exam keeps the answers and the question", async ({ page }) => {
  await page.goto("/quiz/?n=6&mode=exam&seed=4242");
  const bank = await fetchBank(page);
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  await answerWithKeyboard(page, await currentQuestion(page, bank), true);
  await expect(page.getByRole("heading", { level: 2, name: "Question 2 of 6" })).toBeVisible();
  const second = await currentQuestion(page, bank);
  await page.reload();
  await expect(page.getByRole("heading", { level: 2, name: "Question 2 of 6" })).toBeVisible();
  expect((await currentQuestion(page, bank)).id).toBe(second.id);
  await expect(page.getByText("1 answered, 5 to go, 0 flagged.")).toBeVisible();
});

test("a shared quiz link gives the same questions in a fresh browser", async ({ page, browser }) => {
  await page.goto("/quiz/");
  await page.getByRole("radio", { name: "Custom" }).check();
  await page.getByLabel(/^Number of questions/).fill("6");
  await page.getByRole("radio", { name: /^Exam/ }).check();
  await page.getByRole("checkbox", { name: "Hard" }).uncheck();
  // The link is in "Share these settings", loaded when it opens.
  await page.getByText("Share these settings").click();
  const link = await page.getByLabel("Quiz link").inputValue();
  expect(link).toMatch(/\/quiz\/\?n=6&difficulty=1,2&mode=exam&seed=\d+$/);
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  const mine = await collectExam(page, 6);

  const context = await browser.newContext();
  const other = await context.newPage();
  const errors: string[] = [];
  other.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await other.goto(link);
  await expect(other.getByRole("status").filter({ hasText: "You opened a quiz link" })).toBeVisible();
  await expectAccessible(other, "opened quiz link");
  await other.getByRole("button", { name: /^Start quiz/ }).click();
  // The quiz now running is the linked one: no "finish or discard" notice about it.
  await expect(other.getByRole("heading", { level: 2, name: "Question 1 of 6" })).toBeVisible();
  await expect(other.getByText(/you have a quiz in progress/)).toHaveCount(0);
  const theirs = await collectExam(other, 6);
  expect(theirs).toEqual(mine);
  expect(errors).toEqual([]);
  await context.close();
});
