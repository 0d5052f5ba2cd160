// Builders for seeding progress into localStorage in the stores' own saved format (see stores/quiz-store.ts and
// core/scheduling/deck.ts), so browser tests start from a known history.
import type { APIRequestContext, Page } from "@playwright/test";
import type { Bank, Question } from "../core/bank/schema";
import { DEFAULT_QUIZ_SETTINGS } from "../core/quiz/settings";

export const DAY = 86_400_000;

export async function fetchBank(request: APIRequestContext): Promise<Bank> {
  return (await (await request.get("/data/bank.json")).json()) as Bank;
}

/** The response that answers a question correctly. */
export function keyResponse(q: Question): unknown {
  switch (q.type) {
    case "single":
      return { type: "single", choice: q.answer };
    case "multiple":
      return { type: "multiple", choices: q.answer };
    case "true-false":
      return { type: "true-false", value: q.answer };
    case "typed":
      return { type: "typed", text: q.answer };
    case "match":
      return { type: "match", pairs: Object.fromEntries(q.answer.map((p) => [p.left, p.right])) };
    case "order":
      return { type: "order", items: q.answer };
  }
}

/** A finished practice attempt: `right` questions answered with the key, the rest unanswered. */
export function finishedAttempt(id: string, questions: Question[], right: number, endedAt: number) {
  const scores = Object.fromEntries(questions.map((q, i) => [q.id, i < right ? 1 : 0]));
  return {
    id,
    settings: { ...DEFAULT_QUIZ_SETTINGS, count: questions.length },
    seed: 42,
    bankVersion: "seeded",
    questionIds: questions.map((q) => q.id),
    responses: Object.fromEntries(questions.slice(0, right).map((q) => [q.id, keyResponse(q)])),
    scores,
    startedAt: endedAt - 120_000,
    endedAt,
    score: right / questions.length,
    index: 0,
    flags: [],
    deadline: null,
    updatedAt: endedAt,
    kind: "quiz",
  };
}

export type HistoryEntry = { seen: number; right: number; lastAnsweredAt: number; lastCorrect: boolean };

export function quizEnvelope(
  attempts: unknown[],
  history: Record<string, HistoryEntry> = {},
  current: unknown = null,
  version = 1,
) {
  return JSON.stringify({ state: { attempts, current, history, discarded: [] }, version });
}

/** A card in review, due at `due`, whose last review is the log `logId` at `reviewedAt`. */
export function reviewedCard(cardId: string, logId: string, reviewedAt: number, due: number) {
  const card = {
    due,
    stability: 3,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 3,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state: "review",
    lastReview: reviewedAt,
    lastLogId: logId,
  };
  const log = {
    id: logId,
    cardId,
    rating: 3,
    state: "new",
    due: reviewedAt,
    stability: 0,
    difficulty: 0,
    elapsedDays: 0,
    lastElapsedDays: 0,
    scheduledDays: 0,
    learningSteps: 0,
    review: reviewedAt,
    durationMs: 4000,
  };
  return { cardId, card, log };
}

export function cardsEnvelope(entries: ReturnType<typeof reviewedCard>[]) {
  return JSON.stringify({
    state: {
      cards: Object.fromEntries(entries.map((e) => [e.cardId, e.card])),
      logs: entries.map((e) => e.log),
      settings: { retention: 0.9, newPerDay: 20, updatedAt: 0 },
      session: null,
      sessionUpdatedAt: 0,
    },
    version: 1,
  });
}

/**
 * Seeds localStorage before the first page load only (init scripts run on every navigation; later loads must see what
 * the app saved, not the seed again).
 */
export async function seedStorage(page: Page, items: Record<string, string>) {
  await page.addInitScript((entries) => {
    if (sessionStorage.getItem("e2e:seeded")) return;
    sessionStorage.setItem("e2e:seeded", "1");
    for (const [k, v] of Object.entries(entries)) localStorage.setItem(k, v);
  }, items);
}

export async function readStorage(page: Page, key: string): Promise<string | null> {
  return page.evaluate((k) => localStorage.getItem(k), key);
}
