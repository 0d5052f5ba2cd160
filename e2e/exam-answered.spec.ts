import { test, expect } from "./fixtures";
import { answerWithKeyboard, currentQuestion, fetchBank } from "./quiz-helpers";

test("questions left blank in an exam do not count as answered on the progress page", async ({ page }) => {
  await page.goto("/quiz/?n=5&types=single,true-false&mode=exam&seed=99");
  const bank = await fetchBank(page);
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  await answerWithKeyboard(page, await currentQuestion(page, bank), true);
  await page.getByRole("button", { name: "Finish exam" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Finish anyway" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Your score: 1 out of 5/ })).toBeVisible();

  await page.goto("/progress/");
  await expect(page.getByTestId("answered-once")).toHaveText(/^1 of \d+ questions answered$/);
  await page.getByText("What counts as mastered?").click();
  await expect(page.getByText(/a question left blank is not counted/)).toBeVisible();
});

test("an exam answer counts as soon as it is chosen, whichever way the learner leaves the question", async ({
  page,
}) => {
  await page.goto("/quiz/?n=5&types=single,true-false&mode=exam&seed=7");
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  const choose = () => page.locator("form input[name^='answer-']").first().check();

  // Question 1: chosen, then left through the question grid instead of "Save and next".
  await choose();
  await page.getByRole("button", { name: /^Question 2, / }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 2 of 5" })).toBeVisible();
  await expect(page.getByRole("button", { name: /^Question 1, answered/ })).toBeVisible();
  // Question 2: chosen, then "Previous": question 1 still shows its answer, and both count.
  await choose();
  await page.getByRole("button", { name: "Previous" }).click();
  await expect(page.locator("form input[name^='answer-']").first()).toBeChecked();
  await expect(page.getByText("2 answered, 3 to go, 0 flagged.")).toBeVisible();

  // A reload keeps both; question 3 chosen and the exam finished from the grid's button: three count.
  await page.reload();
  await expect(page.getByText("2 answered, 3 to go, 0 flagged.")).toBeVisible();
  await page.getByRole("button", { name: /^Question 3, / }).click();
  await choose();
  await page.getByRole("button", { name: "Finish exam" }).click();
  const confirm = page.getByRole("alertdialog");
  await expect(confirm).toContainText("2 questions are not answered yet.");
  await confirm.getByRole("button", { name: "Finish anyway" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Your score: \d out of 5/ })).toBeVisible();
});
