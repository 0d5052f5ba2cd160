import { test, expect, expectAccessible } from "./fixtures";
import { answerWithKeyboard, currentQuestion, fetchBank } from "./quiz-helpers";

test("Read it in the article highlights the question's sentence and moves focus to it", async ({ page }) => {
  await page.goto("/quiz/?n=5&types=single&mode=practice&seed=31");
  const bank = await fetchBank(page);
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  const q = await currentQuestion(page, bank);
  await answerWithKeyboard(page, q, false);
  // The player moves focus to the verdict once the feedback is painted; a focus given before that would be taken.
  await expect(page.locator(`#feedback-${q.id}`)).toBeFocused();
  // The source is folded in the feedback sheet: open it with the keyboard.
  await page.getByText(/^Sources? · /).focus();
  await page.keyboard.press("Enter");
  const read = page.getByRole("link", { name: "Read it in the article" });
  await read.focus();
  await page.keyboard.press("Enter");

  await expect(page).toHaveURL(new RegExp(`/article/\\?highlight=${q.id}&from=%2Fquiz%2F[^#]*#${q.source.paragraph}$`));
  const mark = page.locator(`#${q.source.paragraph} mark`);
  await expect(mark).toHaveText(q.source.quote);
  await expect(mark).toBeFocused();
  await expect(mark).toBeInViewport();
  await expect(page.getByRole("status").filter({ hasText: "highlighted passage" })).toContainText(
    `paragraph ${q.source.paragraph.slice(1)}`,
  );
  await expectAccessible(page, "highlighted article");

  // Back to the quiz: the same question, answer kept.
  await page.getByRole("link", { name: "Back to the quiz" }).click();
  await expect(page.getByRole("heading", { level: 2, name: "Question 1 of 5" })).toBeVisible();
  expect((await currentQuestion(page, bank)).id).toBe(q.id);
  await expect(page.getByRole("heading", { level: 3, name: /Not quite|Partly/ })).toBeVisible();
});

test("a highlight link opened directly marks the quote after a full page load", async ({ page }) => {
  await page.goto("/article/");
  const bank = await fetchBank(page);
  const q = bank.questions.find((x) => x.source.paragraph === "p17" && !x.source.part) ?? bank.questions[0]!;
  await page.goto(`/article/?highlight=${q.id}#${q.source.paragraph}`);
  await expect(page.locator(`#${q.source.paragraph} mark`)).toHaveText(q.source.quote);
  await expect(page.locator("mark")).toHaveCount(1);
  await expect(page.locator("mark")).toBeFocused();
});

test("the article shows its headings, numbered paragraphs and credit", async ({ page }) => {
  await page.goto("/article/#p17");
  await expect(page.getByRole("heading", { level: 1, name: "How to cooperate against terrorism?" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Positive cases" })).toBeVisible();
  await expect(page.locator("article p[id^='p']")).toHaveCount(26);
  await expect(page.locator("#p17")).toBeInViewport();
  await expect(page.getByRole("link", { name: "Paragraph 17" })).toHaveAttribute("href", "#p17");
  await expect(page.getByText(/is by Olivier Guitta/)).toBeVisible();
  await expect(page.locator("mark")).toHaveCount(0);
  for (const scheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await expectAccessible(page, `article (${scheme})`);
  }
});

test("an unknown highlight says so and still shows the whole article", async ({ page }) => {
  await page.goto("/article/?highlight=q-999");
  await expect(page.getByRole("status").filter({ hasText: "could not find the passage" })).toBeVisible();
  await expect(page.locator("#p1")).toBeVisible();
  await expect(page.locator("mark")).toHaveCount(0);
  await expectAccessible(page, "unknown highlight");
});
