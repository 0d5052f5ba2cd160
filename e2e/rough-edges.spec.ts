import { encodeAssignment } from "../core/assignment/link/assignment-code";
import type { Bank, Question } from "../core/bank/schema";
import { test, expect, expectAccessible } from "./fixtures";
import { currentQuestion, fetchBank } from "./quiz-helpers";

// Rough edges a new learner hit, each with the behaviour they should now see.

test("from the article, Back goes to the assignment the learner came from", async ({ page }) => {
  const bank = await fetchBank(page);
  const q = bank.questions.find((x) => !x.retired && x.type === "single")!;
  const assignment = encodeAssignment({
    title: "Week 1",
    instructions: "",
    questionIds: [q.id, bank.questions.find((x) => !x.retired && x.type === "true-false")!.id],
    mode: "practice",
    timeLimitMinutes: null,
    showScore: true,
    showKey: true,
    requireName: false,
    teacherEmail: "",
    seed: 3,
    bankVersion: bank.version,
  });
  await page.goto(`/assignment/#${assignment.code}`);
  await page.getByRole("button", { name: "Start" }).click();
  const shown = await currentQuestion(page, bank);
  if (shown.type !== "single") throw new Error("the first question is the single-choice one");
  await page.getByRole("radio", { name: shown.answer, exact: true }).check();
  await page.getByRole("button", { name: "Check answer" }).click();
  await page.getByText(/^Sources? · /).click();
  await page.getByRole("link", { name: "Read it in the article" }).click();
  await expect(page.getByRole("status").filter({ hasText: "source of the question" })).toBeVisible();
  await page.getByRole("link", { name: "Back to the assignment" }).click();
  await expect(page).toHaveURL(new RegExp(`/assignment/#${assignment.code}$`));
  await expect(page.getByRole("heading", { level: 3, name: "Right" })).toBeVisible();
});

test("from a flashcard's source, Back goes to the flashcards, and the banner says flashcard", async ({ page }) => {
  await page.goto("/flashcards/");
  await page.getByRole("button", { name: /^Study now/ }).click();
  const id = await page.getByTestId("flashcard").getAttribute("data-card-id");
  await page.getByTestId("flashcard").click(); // a tap on the card turns it over
  await page.getByRole("link", { name: "Read it in the article" }).click();
  await expect(page.getByRole("status").filter({ hasText: "is the source of the flashcard" })).toBeVisible();
  await page.getByRole("link", { name: "Back to your flashcards" }).click();
  await expect(page).toHaveURL(/\/flashcards\/$/);
  await expect(page.getByTestId("flashcard")).toHaveAttribute("data-card-id", id!);
});

/** Starts a practice quiz of matching questions and returns the first one. */
async function startMatching(page: import("@playwright/test").Page, bank: Bank) {
  await page.goto("/quiz/?n=5&types=match&mode=practice&seed=12");
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  const q = await currentQuestion(page, bank);
  if (q.type !== "match") throw new Error("matching only");
  return q as Extract<Question, { type: "match" }>;
}

test("in matching, Enter on a dropdown checks the answer, as the hint says", async ({ page }) => {
  const bank = await fetchBank(page);
  const q = await startMatching(page, bank);
  const selects = page.locator("form select");
  for (const [i, pair] of q.answer.entries()) await selects.nth(i).selectOption(pair.right);
  await selects.last().focus();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 3, name: "Right" })).toBeVisible();
  await expect(page.locator("form li").first()).toContainText("Right");
});

test("a partly matched answer is not checked: the learner is told how far they got", async ({ page }) => {
  const bank = await fetchBank(page);
  const q = await startMatching(page, bank);
  await page.locator("form select").first().selectOption(q.answer[0]!.right);
  await page.getByRole("button", { name: "Check answer" }).click();
  await expect(page.locator("form [role=alert]")).toHaveText(
    `Match every item first: 1 of ${q.answer.length} are matched.`,
  );
  await expect(page.getByRole("heading", { level: 3 })).toHaveCount(0);
  await expect(page.locator("form select").nth(1)).toBeEnabled();
  await expectAccessible(page, "partly matched");
});

test("quiz setup with no question type ticked says so instead of counting the whole bank", async ({ page }) => {
  await page.goto("/quiz/");
  const available = page.locator("#quiz-available");
  await expect(available).toContainText(/\d+ questions available/);
  for (const type of ["Single choice", "Multiple select", "True or false", "Typed answer", "Matching", "Ordering"])
    await page.getByRole("checkbox", { name: type, exact: true }).uncheck();
  await expect(available).toHaveText("Tick at least one question type.");
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  await expect(page.locator("form [role=alert]")).toHaveText("Tick at least one question type.");
  // The share box no longer talks of "quiz number 1600242895".
  await expect(page.getByText(/quiz number/)).toHaveCount(0);
  await expectAccessible(page, "setup with nothing ticked");
});

test("a finished quiz's results survive a reload and link back from the article", async ({ page }) => {
  const bank = await fetchBank(page);
  await page.goto("/quiz/?n=5&types=true-false&mode=practice&seed=4");
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  for (let i = 0; i < 5; i++) {
    const q = await currentQuestion(page, bank);
    // Every answer wrong, so each question has a source to visit from the review.
    await page.keyboard.press(q.type === "true-false" && q.answer ? "2" : "1");
    await page.getByRole("button", { name: "Check answer" }).click();
    await page.getByRole("button", { name: i === 4 ? "See results" : "Next question" }).click();
  }
  const score = page.getByRole("heading", { level: 2, name: /^Your score: / });
  const text = await score.textContent();
  await expect(page).toHaveURL(/#result=/);
  await page.reload();
  await expect(score).toHaveText(text!);
  await expect(page.getByRole("heading", { level: 3, name: /^Question \d+:/ })).toHaveCount(5);
  await page.getByRole("link", { name: "Read it in the article" }).first().click();
  await page.getByRole("link", { name: "Back to the quiz" }).click();
  await expect(score).toHaveText(text!);
});
