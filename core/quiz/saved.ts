// What the quiz store saves: the attempt in progress, finished attempts, per-question history and discarded ids.
// Types inferred from the schemas (./schemas, with the check parseQuizData, loaded only when there is saved data to
// read), the empty data, and the merge of two tabs' copies.
import type { InferOutput } from "valibot";
import type { FinishedAttemptSchema, OpenAttemptSchema, QuizDataSchema } from "./schemas";
import type { QuestionHistory } from "./types";

export type OpenAttempt = InferOutput<typeof OpenAttemptSchema>;
export type FinishedAttempt = InferOutput<typeof FinishedAttemptSchema>;
export type Attempt = OpenAttempt | FinishedAttempt;
export type QuizData = InferOutput<typeof QuizDataSchema>;

export const EMPTY_QUIZ_DATA: QuizData = { attempts: [], current: null, history: {}, discarded: [] };

export const MAX_ATTEMPTS = 200;
export const MAX_DISCARDED = 50;

/** Union of finished attempts by id, the newest in-progress attempt, and the fuller history of each question. */
export function combineQuizData(saved: QuizData, mine: QuizData): QuizData {
  const byId = new Map<string, FinishedAttempt>();
  for (const a of [...saved.attempts, ...mine.attempts]) byId.set(a.id, a);
  const attempts = [...byId.values()].sort((a, b) => a.endedAt - b.endedAt).slice(-MAX_ATTEMPTS);
  const discarded = [...new Set([...saved.discarded, ...mine.discarded])].slice(-MAX_DISCARDED);
  const current =
    [mine.current, saved.current]
      .filter((c): c is OpenAttempt => c !== null && !byId.has(c.id) && !discarded.includes(c.id))
      .sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? null;
  const history: QuestionHistory = { ...saved.history };
  for (const [id, h] of Object.entries(mine.history)) {
    const other = history[id];
    if (!other || h.seen > other.seen || (h.seen === other.seen && h.lastAnsweredAt >= other.lastAnsweredAt))
      history[id] = h;
  }
  return { attempts, current, history, discarded };
}
