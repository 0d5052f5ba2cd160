import { test, expect } from "./fixtures";
import { answerWithKeyboard, currentQuestion, fetchBank } from "./quiz-helpers";

test("questions left blank in an exam do not count as answered on the progress page", async ({ page }) => {
  await page.goto("/quiz/?n=5&types=single,true-false&mode=exam&seed=99");
  const bank = await fetchBank(page);
  await page.getByRole("button", { name: "Start this quiz" }).click();
  await answerWithKeyboard(page, await currentQuestion(page, bank), true);
  await page.getByRole("button", { name: "Finish exam" }).click();
  await page.getByRole("alertdialog").getByRole("button", { name: "Finish anyway" }).click();
  await expect(page.getByRole("heading", { level: 2, name: /^Your score: 1 out of 5/ })).toBeVisible();

  await page.goto("/progress/");
  await expect(page.getByTestId("answered-once")).toHaveText(/^1 of \d+ questions answered at least once/);
  await expect(page.getByText(/a question left blank is not counted/)).toBeVisible();
});
