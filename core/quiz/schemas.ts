// The saved shapes of a learner's answers, quiz settings, per-question history and the quiz store's data: one schema
// each, types inferred (./types, ./saved). Loaded only to read saved data (stores/saved/quiz.ts loads it on demand);
// the answer and settings shapes are shared with the assignment attempt (core/assignment/schemas.ts).
import * as v from "valibot";
import { LEVELS, QUESTION_TYPES } from "../bank/question-types";
import { chainMigrations } from "../progress/envelope";
import { dictOf, entriesOf, idSchema, itemsOf, savedObject, unitSchema, validator } from "../validate";

const text = v.string();
const texts = v.array(text);

/**
 * A learner's answer, by question type. single: the chosen option text; multiple: the chosen option texts;
 * match: for each left item (by its text) the right item chosen; order: the items in the learner's order.
 */
export const ResponseSchema = v.variant("type", [
  savedObject({ type: v.picklist(["single"]), choice: text }),
  savedObject({ type: v.picklist(["multiple"]), choices: texts }),
  savedObject({ type: v.picklist(["true-false"]), value: v.boolean() }),
  savedObject({ type: v.picklist(["typed"]), text }),
  savedObject({ type: v.picklist(["match"]), pairs: dictOf(text) }),
  savedObject({ type: v.picklist(["order"]), items: texts }),
]);

/** What a learner asks for. Empty filter lists mean "all". */
export const QuizSettingsSchema = savedObject({
  count: v.number(),
  topics: texts,
  difficulties: v.array(v.picklist([1, 2, 3])),
  types: v.array(v.picklist(QUESTION_TYPES)),
  /** What the questions ask of the reader (recall, understand, analyse); absent in settings saved before levels. */
  levels: v.optional(v.array(v.picklist(LEVELS)), []),
  /** Practice shows feedback after each answer; exam shows it only at the end. */
  mode: v.picklist(["practice", "exam"]),
  /** Exam time limit in minutes; null for none. Ignored in practice. */
  timeLimitMin: v.nullable(v.number()),
  /** Prefer unseen, then missed, then least recently right questions (needs the learner's history). */
  adaptive: v.boolean(),
  /** A section quiz: the first and last paragraph numbers its questions cite (¶4 to ¶16); absent for the whole article. */
  paragraphs: v.optional(v.tuple([v.number(), v.number()])),
});

/** What the learner has done with one question, across every quiz. Times are epoch ms. */
export const QuestionHistoryEntrySchema = savedObject({
  seen: v.number(),
  right: v.number(),
  lastAnsweredAt: v.number(),
  lastCorrect: v.boolean(),
});

/** Per-question history by question id. */
export const QuestionHistorySchema = dictOf(QuestionHistoryEntrySchema);

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
export const OpenAttemptSchema = savedObject({ ...attemptEntries, endedAt: v.null(), score: v.null() });
/** A finished quiz: when it ended and its mean score over every question, 0 to 1. */
export const FinishedAttemptSchema = savedObject({ ...attemptEntries, endedAt: v.number(), score: v.number() });

export const QuizDataSchema = savedObject({
  attempts: itemsOf(FinishedAttemptSchema),
  current: v.nullable(OpenAttemptSchema),
  history: entriesOf(QuestionHistoryEntrySchema),
  /** Ids of attempts the learner discarded, so another tab's copy does not bring them back. */
  discarded: v.array(v.string()),
});

/** Saved quiz data in its shape, or null. */
export const parseQuizData = validator(QuizDataSchema);

/**
 * Older saved quiz data to the current version (3, stores/saved/quiz.ts): version 1 settings have no `levels`, which
 * reads as every level, and version 2 settings no `paragraphs`, which reads as the whole article, so each step is the
 * data as it is. Here, beside the check, so it loads with it.
 */
export const migrateQuizData = chainMigrations({ 1: (data) => data, 2: (data) => data }, 3);
