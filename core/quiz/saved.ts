// What the quiz store saves: the attempt in progress, finished attempts, per-question history and discarded ids.
// One schema per shape, types inferred from it, and the merge of two tabs' copies.
import * as v from "valibot";
import { dictOf, idSchema, unitSchema, validator } from "../validate";
import { QuestionHistorySchema, QuizSettingsSchema, ResponseSchema } from "./schemas";
import type { QuestionHistory } from "./types";

const attemptEntries = {
  id: idSchema,
  settings: QuizSettingsSchema,
  seed: v.number(),
  bankVersion: v.string(),
  questionIds: v.array(v.string()),
  /** By question id. */
  responses: dictOf(ResponseSchema),
  /** 0 to 1 per answered question. */
  scores: dictOf(unitSchema),
  startedAt: v.number(),
  /** Where the learner is: the question shown on resume. */
  index: v.number(),
  /** Question ids flagged for review. */
  flags: v.array(v.string()),
  /** Exam time limit as an epoch ms deadline, or null. */
  deadline: v.nullable(v.number()),
  updatedAt: v.number(),
  /** "retry" for a quiz of someone's mistakes, "link" for one opened from a shared link. */
  kind: v.picklist(["quiz", "retry", "link"]),
};

/** A quiz in progress. */
export const OpenAttemptSchema = v.object({ ...attemptEntries, endedAt: v.null(), score: v.null() });
/** A finished quiz: when it ended and its mean score over every question, 0 to 1. */
export const FinishedAttemptSchema = v.object({ ...attemptEntries, endedAt: v.number(), score: v.number() });

export const QuizDataSchema = v.object({
  attempts: v.array(FinishedAttemptSchema),
  current: v.nullable(OpenAttemptSchema),
  history: QuestionHistorySchema,
  /** Ids of attempts the learner discarded, so another tab's copy does not bring them back. */
  discarded: v.array(v.string()),
});

export type OpenAttempt = v.InferOutput<typeof OpenAttemptSchema>;
export type FinishedAttempt = v.InferOutput<typeof FinishedAttemptSchema>;
export type Attempt = OpenAttempt | FinishedAttempt;
export type QuizData = v.InferOutput<typeof QuizDataSchema>;

export const EMPTY_QUIZ_DATA: QuizData = { attempts: [], current: null, history: {}, discarded: [] };

/** Saved quiz data in its shape, or null. */
export const parseQuizData = validator(QuizDataSchema);

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
