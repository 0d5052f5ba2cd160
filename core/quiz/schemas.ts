// The saved shapes of a learner's answers, quiz settings and per-question history: one schema each, types inferred.
// Shared by the quiz store and the assignment attempt (core/assignment/saved.ts).
import * as v from "valibot";
import { QUESTION_TYPES } from "../bank/question-types";
import { dictOf } from "../validate";

const text = v.string();
const texts = v.array(text);

/**
 * A learner's answer, by question type. single: the chosen option text; multiple: the chosen option texts;
 * match: for each left item (by its text) the right item chosen; order: the items in the learner's order.
 */
export const ResponseSchema = v.variant("type", [
  v.object({ type: v.picklist(["single"]), choice: text }),
  v.object({ type: v.picklist(["multiple"]), choices: texts }),
  v.object({ type: v.picklist(["true-false"]), value: v.boolean() }),
  v.object({ type: v.picklist(["typed"]), text }),
  v.object({ type: v.picklist(["match"]), pairs: dictOf(text) }),
  v.object({ type: v.picklist(["order"]), items: texts }),
]);

/** What a learner asks for. Empty filter lists mean "all". */
export const QuizSettingsSchema = v.object({
  count: v.number(),
  topics: texts,
  difficulties: v.array(v.picklist([1, 2, 3])),
  types: v.array(v.picklist(QUESTION_TYPES)),
  /** Practice shows feedback after each answer; exam shows it only at the end. */
  mode: v.picklist(["practice", "exam"]),
  /** Exam time limit in minutes; null for none. Ignored in practice. */
  timeLimitMin: v.nullable(v.number()),
  /** Prefer unseen, then missed, then least recently right questions (needs the learner's history). */
  adaptive: v.boolean(),
});

/** What the learner has done with one question, across every quiz. Times are epoch ms. */
export const QuestionHistoryEntrySchema = v.object({
  seen: v.number(),
  right: v.number(),
  lastAnsweredAt: v.number(),
  lastCorrect: v.boolean(),
});

/** Per-question history by question id. */
export const QuestionHistorySchema = dictOf(QuestionHistoryEntrySchema);
