// The quiz setup when Start cannot start a quiz, and quiz links once their quiz has started.
import { test, expect, expectAccessible, PHONE } from "./fixtures";
import { answerWithKeyboard, currentQuestion, fetchBank } from "./quiz-helpers";

const VERDICT = /^(Right|Partly right \(\d+%\)|Not quite)$/;
const COUNT_PROBLEM = "Enter a whole number from 5 to 50.";

test("Start with a count out of range says so beside the field, marks it invalid and moves focus to it", async ({
  page,
}) => {
  await page.setViewportSize(PHONE);
  await page.goto("/quiz/");
  await page.getByRole("radio", { name: "Custom" }).check();
  const field = page.getByLabel(/^Number of questions/);
  const start = page.getByRole("button", { name: /^Start quiz/ });
  for (const bad of ["0", "999", "4", "51", "-3", "7.5", ""]) {
    await field.fill(bad);
    await start.click();
    await expect(field, `count "${bad}"`).toBeFocused();
    await expect(field).toHaveAttribute("aria-invalid", "true");
    await expect(field).toHaveAccessibleDescription(COUNT_PROBLEM);
    await expect(page.getByText(COUNT_PROBLEM)).toBeInViewport();
    await expect(page.getByRole("heading", { name: /^Question 1 of/ })).toHaveCount(0);
  }
  await expectAccessible(page, "count out of range");
  await page.emulateMedia({ colorScheme: "dark" });
  await expectAccessible(page, "count out of range (dark)");
  // A good count clears the error as it is typed, and starts.
  await field.fill("12");
  await expect(field).not.toHaveAttribute("aria-invalid");
  await expect(field).toHaveAccessibleDescription(/^\d+ questions available\.$/);
  await page.getByRole("button", { name: "Start quiz (12)" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 12" })).toBeVisible();
});

test("a link whose filters match no question says, beside Start, which filters to loosen", async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto("/quiz/?types=order&difficulty=3&level=recall&n=30&seed=5");
  await expect(page.locator("#quiz-available")).toHaveText("0 questions available.");
  await page.getByRole("button", { name: "Start quiz (30)" }).click();
  const alert = page
    .locator("form")
    .getByRole("alert")
    .filter({
      hasText:
        /^No questions match these settings\. Ticking every difficulty would give \d+ questions, every level \d+; ticking all of them, \d+\.$/,
    });
  await expect(alert).toBeInViewport();
  await expect(page.getByRole("heading", { name: /^Question 1 of/ })).toHaveCount(0);
  await expectAccessible(page, "no question matches");
  // Changing a filter takes the old reason away; Start gives the new one.
  await page.getByRole("checkbox", { name: "Medium" }).check();
  await expect(alert).toHaveCount(0);
  await page.getByRole("button", { name: "Start quiz (30)" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText(/^Only \d+ questions? match/);
});

test("a quiz link is used up once its quiz starts: Retry my mistakes shows no link notice, nor does a reload", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await page.goto("/quiz/?n=5&types=single&mode=practice&seed=31#from-a-friend");
  const bank = await fetchBank(page);
  await page.getByRole("button", { name: "Start quiz (5)" }).click();
  // The address keeps its hash but no longer holds the link.
  await expect(page).toHaveURL(/\/quiz\/#from-a-friend$/);
  for (let i = 0; i < 5; i++) {
    await expect(page.getByRole("heading", { level: 2, name: `Question ${i + 1} of 5` })).toBeFocused();
    if (i === 2) {
      // A reload resumes the quiz, with no notice about a link.
      await page.reload();
      await expect(page.getByRole("heading", { level: 2, name: "Question 3 of 5" })).toBeVisible();
      await expect(page.getByText(/You opened a quiz link/)).toHaveCount(0);
      await page.getByRole("heading", { level: 2, name: "Question 3 of 5" }).focus();
    }
    await answerWithKeyboard(page, await currentQuestion(page, bank), i !== 0);
    await expect(page.getByRole("heading", { level: 3, name: VERDICT })).toBeFocused();
    await page.keyboard.press("Enter");
  }
  await page.getByRole("button", { name: /^Retry my mistakes/ }).click();
  await expect(
    page.getByRole("heading", { level: 2, name: /^Question 1 of 1 · practice, your mistakes$/ }),
  ).toBeVisible();
  await expect(page.getByText(/You opened a quiz link/)).toHaveCount(0);
  // Another link, opened while this quiz is in progress, still waits behind it and says so.
  await page.goto("/quiz/?n=5&types=true-false&mode=practice&seed=4");
  await expect(
    page.getByRole("status").filter({ hasText: /^You opened a quiz link, but you have a quiz/ }),
  ).toBeVisible();
});
