import type { APIRequestContext, Page } from "@playwright/test";
import { encodeAssignment, type AssignmentInput } from "../core/assignment/link/assignment-code";
import { encodeResult, type ResultInput } from "../core/assignment/result/result-code";

export type BankQuestion = { id: string; type: string; retired?: boolean; answer: unknown; prompt: string };
export type TestBank = { version: string; questions: BankQuestion[] };

export async function loadBank(request: APIRequestContext): Promise<TestBank> {
  return (await (await request.get("/data/bank.json")).json()) as TestBank;
}

/** Active true/false questions: each answered with one key, so a student's run is short. */
export function trueFalse(bank: TestBank, n: number): BankQuestion[] {
  return bank.questions.filter((q) => !q.retired && q.type === "true-false").slice(0, n);
}

/** An assignment made by the app's own encoder, as a teacher's browser would. */
export function makeAssignment(bank: TestBank, questions: BankQuestion[], extra: Partial<AssignmentInput> = {}) {
  return encodeAssignment({
    title: "Week 3 check",
    instructions: "",
    questionIds: questions.map((q) => q.id),
    mode: "exam",
    timeLimitMinutes: null,
    showScore: true,
    showKey: true,
    requireName: true,
    teacherEmail: "",
    seed: 7,
    bankVersion: bank.version,
    ...extra,
  });
}

const T0 = Date.UTC(2026, 10, 30, 9, 0, 0);

/** A result code as a student's browser would make it: answers are true/false values, or null for blank. */
export function makeResult(
  assignment: { id: string; title: string; questionIds: string[] },
  bank: TestBank,
  name: string,
  values: (boolean | null)[],
  extra: Partial<ResultInput> = {},
): string {
  return encodeResult({
    assignmentId: assignment.id,
    title: assignment.title,
    name,
    questionIds: assignment.questionIds,
    answers: values.map((v) => (v === null ? null : { kind: "bool", value: v })),
    startedAt: T0,
    submittedAt: T0 + 3 * 60_000,
    bankVersion: bank.version,
    ...extra,
  });
}

/** Presses Tab (or Shift+Tab) until the focused element's text matches; returns how many presses it took. */
export async function tabTo(page: Page, name: RegExp, max = 80, key: "Tab" | "Shift+Tab" = "Tab"): Promise<number> {
  for (let i = 1; i <= max; i++) {
    await page.keyboard.press(key);
    const label = await focusedLabel(page);
    if (name.test(label)) return i;
  }
  throw new Error(`Tab never reached ${name}`);
}

export async function focusedLabel(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el) return "";
    const labelled = el.id ? document.querySelector(`label[for="${el.id}"]`)?.textContent : "";
    return [el.getAttribute("aria-label"), labelled, el.closest("label")?.textContent, el.textContent]
      .filter(Boolean)
      .join(" ")
      .trim();
  });
}

/** How far the page scrolls sideways (0 when nothing is wider than the screen). */
export async function sidewaysScroll(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
}

/**
 * Scrolls the picker's list as a teacher looking for a question does: the picker renders its first rows with the page
 * and the rest once the page is used (a scroll, a key, a touch...).
 */
export async function scrollQuestionList(page: Page): Promise<void> {
  await page.getByRole("list", { name: "Questions" }).hover();
  await page.mouse.wheel(0, 300);
}
