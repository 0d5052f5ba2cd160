import { QUESTION_TYPES } from "../bank/question-types";

// The shapes a learner's answer takes, per question type. Stored in progress, links and result codes, so keep them small.

/** single: the chosen option text; multiple: the chosen option texts. */
export type ChoiceResponse = { type: "single"; choice: string } | { type: "multiple"; choices: string[] };
export type TrueFalseResponse = { type: "true-false"; value: boolean };
export type TypedResponse = { type: "typed"; text: string };
/** For each left item (by its text), the right item chosen (by its text). */
export type MatchResponse = { type: "match"; pairs: Record<string, string> };
/** The items in the order the learner put them. */
export type OrderResponse = { type: "order"; items: string[] };

export type Response = ChoiceResponse | TrueFalseResponse | TypedResponse | MatchResponse | OrderResponse;

/** The outcome of scoring one answer. */
export type ScoreResult = {
  /** 0 to 1. */
  score: number;
  /** Fully right (score 1). */
  correct: boolean;
  /** A short human-readable note, e.g. "2 of 3 pairs right" or "Accepted; the exact spelling is Belkaid". */
  detail?: string;
};

/** Practice shows feedback after each answer; exam shows it only at the end. */
export type QuizMode = "practice" | "exam";

export type Difficulty = 1 | 2 | 3;

/** What a learner asks for. Empty filter lists mean "all". */
export type QuizSettings = {
  /** 5 to 50. */
  count: number;
  topics: string[];
  difficulties: Difficulty[];
  types: Array<(typeof QUIZ_QUESTION_TYPES)[number]>;
  mode: QuizMode;
  /** Exam time limit in minutes; null for none. Ignored in practice. */
  timeLimitMin: number | null;
  /** Prefer unseen, then missed, then least recently right questions (needs the learner's history). */
  adaptive: boolean;
};

/** What the learner has done with one question, across every quiz. Times are epoch ms. */
export type QuestionHistoryEntry = { seen: number; right: number; lastAnsweredAt: number; lastCorrect: boolean };
/** Per-question history by question id: written by the quiz store, read by the adaptive choice and /progress. */
export type QuestionHistory = Record<string, QuestionHistoryEntry>;

/**
 * How one question is presented, fixed by a seed. `order` is, by type: single/multiple, the option texts in display
 * order; match, the right-hand sides in display order; order, the items in their starting order; otherwise empty.
 */
export type PreparedQuestion = { id: string; order: string[] };

/** The question types in display order (zod-free, so pages can import it). */
export const QUIZ_QUESTION_TYPES = QUESTION_TYPES;
