// Helpers for the quiz specs: find the question on screen in the bank and answer it with the keyboard.
import { expect, type Page } from "@playwright/test";
import type { Bank, Question } from "../core/bank/schema";

export async function fetchBank(page: Page): Promise<Bank> {
  const res = await page.request.get("/data/bank.json");
  expect(res.ok()).toBe(true);
  return (await res.json()) as Bank;
}

/** The question on screen, found by the id its prompt element carries. */
export async function currentQuestion(page: Page, bank: Bank): Promise<Question> {
  const id = (await page.locator('form p[id^="prompt-"]').getAttribute("id"))?.replace(/^prompt-/, "");
  const q = bank.questions.find((x) => x.id === id);
  if (!q) throw new Error(`question ${id} is not in the bank`);
  return q;
}

export async function currentQuestionNumber(page: Page): Promise<string> {
  return (await page.getByRole("heading", { level: 2, name: /^Question \d+ of \d+$/ }).textContent()) ?? "";
}

/**
 * Answers the question on screen right or wrong, with keys only: number keys for choices, typing for typed answers,
 * arrow keys in the matching selects, Enter on the Up buttons for ordering. Then submits it (Enter).
 * Starts with focus on the question heading, as the player leaves it.
 */
export async function answerWithKeyboard(page: Page, q: Question, right: boolean) {
  const kb = page.keyboard;
  switch (q.type) {
    case "single":
    case "multiple": {
      const shown = await page
        .locator("form input[name^='answer-']")
        .evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value));
      const keys = q.type === "single" ? [q.answer] : q.answer;
      const picks = right ? keys : [shown.find((s) => !keys.includes(s)) as string];
      for (const p of picks) await kb.press(String(shown.indexOf(p) + 1));
      await kb.press("Enter");
      return;
    }
    case "true-false":
      await kb.press(q.answer === right ? "1" : "2");
      await kb.press("Enter");
      return;
    case "typed":
      await kb.press("Tab");
      await expect(page.getByLabel("Your answer")).toBeFocused();
      await kb.type(right ? q.answer.toUpperCase() : "zzzzzz");
      await kb.press("Enter");
      return;
    case "match": {
      await kb.press("Tab");
      const selects = page.locator("form select");
      for (let i = 0; i < q.answer.length; i++) {
        await expect(selects.nth(i)).toBeFocused();
        const options = await selects.nth(i).locator("option").allTextContents();
        const steps = right ? options.indexOf((q.answer[i] as { right: string }).right) : 1;
        for (let s = 0; s < steps; s++) await kb.press("ArrowDown");
        await kb.press("Tab");
      }
      await expect(page.locator("form button[type=submit]")).toBeFocused();
      await kb.press("Enter");
      return;
    }
    case "order": {
      if (right)
        for (let target = 0; target < q.answer.length; target++) {
          const item = q.answer[target] as string;
          const items = await page.locator("form ol > li span.flex-1").allTextContents();
          const up = page.getByRole("button", { name: `Move “${item}” up` });
          if (items.indexOf(item) > target) await up.focus();
          for (let at = items.indexOf(item); at > target; at--) await kb.press("Enter");
        }
      // The starting order is never the answer, so submitting it untouched is wrong.
      await page.locator("form button[type=submit]").focus();
      await kb.press("Enter");
      return;
    }
  }
}
