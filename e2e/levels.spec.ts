import type { Page } from "@playwright/test";
import { test, expect, expectAccessible, PHONE } from "./fixtures";
import { answerWithKeyboard, currentQuestion, fetchBank } from "./quiz-helpers";
import { loadBank, makeAssignment, makeResult, type BankQuestion } from "./teach-helpers";
import { quizCapacity } from "../core/quiz/pool";
import { DEFAULT_QUIZ_SETTINGS } from "../core/quiz/settings";

/** Presses Tab until the focused element's label or text matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press("Tab");
    const label = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      return [el?.closest("label")?.textContent, el?.textContent].filter(Boolean).join(" ").trim();
    });
    if (name.test(label)) return;
  }
  throw new Error(`Tab never reached ${name}`);
}

test("the quiz setup filters by level, with the keyboard alone, on a phone", async ({ page }) => {
  test.setTimeout(90_000);
  const bank = await fetchBank(page);
  const above = quizCapacity(bank, { ...DEFAULT_QUIZ_SETTINGS, levels: ["understand", "analyse"] });
  const all = quizCapacity(bank, DEFAULT_QUIZ_SETTINGS);
  expect(above).toBeLessThan(all);
  await page.setViewportSize(PHONE);
  await page.goto("/quiz/");
  const available = page.locator("#quiz-available");
  await expect(available).toContainText(`${all} questions available`);

  await tabTo(page, /^Recall$/);
  await page.keyboard.press("Space");
  await expect(page.getByRole("checkbox", { name: "Recall", exact: true })).not.toBeChecked();
  await expect(available).toContainText(`${above} questions available`);
  await expect(page.getByRole("group", { name: "Level" })).toBeVisible();
  await expectAccessible(page, "quiz setup without recall");

  await page.getByText("Share these settings").click();
  expect(await page.getByLabel("Quiz link").inputValue()).toMatch(/[?&]level=understand,analyse&/);

  // Nothing ticked: said in words, not the whole bank.
  await tabTo(page, /^Understand$/);
  await page.keyboard.press("Space");
  await tabTo(page, /^Analyse$/);
  await page.keyboard.press("Space");
  await expect(available).toHaveText("Tick at least one level.");
  await page.keyboard.press("Space");
  await expect(available).toContainText(/\d+ questions available/);

  await tabTo(page, /^Start quiz/);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { level: 2, name: /^Question 1 of/ })).toBeVisible();
  expect((await currentQuestion(page, bank)).level).toBe("analyse");
});

test("the teacher's picker filters by level and each question shows its level", async ({ page }) => {
  test.setTimeout(90_000);
  const bank = await fetchBank(page);
  const analyse = bank.questions.filter((q) => !q.retired && q.level === "analyse");
  await page.goto("/teach/");
  await tabTo(page, /^Filters and random pick/);
  await page.keyboard.press("Enter");
  await tabTo(page, /^Level/);
  await page.keyboard.type("Analyse");
  await expect(page.getByLabel("Level")).toHaveValue("analyse");
  await expect(page.getByText(/^Filters and random pick \(1 filter on\)/)).toBeVisible();
  await expect(page.getByText(`${analyse.length} matching questions`)).toBeVisible();
  const facts = page.getByRole("list", { name: "Questions" }).getByText(/^q-\d{3} · /);
  await expect(facts.first()).toContainText(" · analyse · ");
  for (const text of await facts.allTextContents()) expect(text).toContain(" · analyse · ");
  await expectAccessible(page, "picker filtered by level");
});

test("a question that spans paragraphs shows every quote, and the article highlights them all", async ({ page }) => {
  test.setTimeout(90_000);
  const bank = await fetchBank(page);
  await page.goto("/quiz/?n=5&types=single&level=analyse&mode=practice&seed=5");
  await page.getByRole("button", { name: /^Start quiz/ }).click();
  // Answer until a question with a second quote comes up (most analyse questions have one).
  let q = await currentQuestion(page, bank);
  for (let i = 0; i < 5 && !q.also; i++) {
    await answerWithKeyboard(page, q, true);
    await page.keyboard.press("Enter");
    q = await currentQuestion(page, bank);
  }
  const sources = [q.source, ...(q.also ?? [])];
  expect(sources.length).toBeGreaterThan(1);
  await answerWithKeyboard(page, q, true);
  // The quotes are folded under one "Sources · ¶a, ¶b" row; Enter opens it.
  const fold = page.getByText(/^Sources · /);
  await expect(fold).toHaveText(`Sources · ${sources.map((s) => `¶${s.paragraph.slice(1)}`).join(", ")}`);
  await fold.press("Enter");
  const figure = page.locator("figure").filter({ has: page.getByRole("link", { name: "Read it in the article" }) });
  await expect(figure).toBeVisible();
  for (const s of sources) {
    await expect(figure).toContainText(s.quote);
    await expect(figure).toContainText(`(paragraph ${s.paragraph.slice(1)})`);
  }
  await expectAccessible(page, "feedback with two quotes");

  await page.goto(`/article/?highlight=${q.id}#${q.source.paragraph}`);
  const inTextOrder = [...sources].sort((a, b) => Number(a.paragraph.slice(1)) - Number(b.paragraph.slice(1)));
  await expect(page.locator("mark[data-highlight]")).toHaveText(inTextOrder.map((s) => s.quote));
  await expect(page.locator(`#${q.source.paragraph} mark`)).toBeFocused();
  await expect(page.getByRole("status").filter({ hasText: "highlighted passages" })).toContainText(
    `${sources.map((s) => `paragraph ${s.paragraph.slice(1)}`).join(" and ")} are the sources of the question`,
  );
});

test("the gradebook's item analysis names each question's level", async ({ page, request }) => {
  test.setTimeout(90_000);
  const bank = await loadBank(request);
  const levelled = bank.questions as (BankQuestion & { level?: string })[];
  const tf = (level: string) => levelled.find((q) => !q.retired && q.type === "true-false" && q.level === level)!;
  const questions = [tf("recall"), tf("analyse")];
  const a = makeAssignment(bank, questions);
  await page.goto("/teach/results/");
  await page
    .getByLabel(/Paste result links or codes/)
    .fill([makeResult(a, bank, "Ana", [true, true]), makeResult(a, bank, "Ben", [false, true])].join("\n"));
  await page.getByRole("button", { name: "Add to gradebook" }).click();
  await expect(page.getByRole("row").filter({ hasText: "Ben" })).toBeVisible();
  await expect(page.locator(`[data-question="${questions[0]!.id}"]`).getByTestId("item-level")).toHaveText(
    "Level: Recall",
  );
  await expect(page.locator(`[data-question="${questions[1]!.id}"]`).getByTestId("item-level")).toHaveText(
    "Level: Analyse",
  );
  await expectAccessible(page, "gradebook with levels");
});
