import { QUESTION_TYPES } from "../bank/question-types";

// The shapes a learner's answer takes, the settings and the history are inferred from their schemas (./schemas),
// which only stores and decoders load; this file stays free of the validator so pages can import it.
import type { InferOutput } from "valibot";
import type { QuestionHistoryEntrySchema, QuestionHistorySchema, QuizSettingsSchema, ResponseSchema } from "./schemas";

export type Response = InferOutput<typeof ResponseSchema>;
export type ChoiceResponse = Extract<Response, { type: "single" | "multiple" }>;
export type TrueFalseResponse = Extract<Response, { type: "true-false" }>;
export type TypedResponse = Extract<Response, { type: "typed" }>;
export type MatchResponse = Extract<Response, { type: "match" }>;
export type OrderResponse = Extract<Response, { type: "order" }>;

/** The outcome of scoring one answer. */
export type ScoreResult = {
  /** 0 to 1. */
  score: number;
  /** Fully right (score 1). */
  correct: boolean;
  /** A short human-readable note, e.g. "2 of 3 pairs right" or "Accepted; the exact spelling is Belkaid". */
  detail?: string;
};

export type QuizSettings = InferOutput<typeof QuizSettingsSchema>;
export type QuizMode = QuizSettings["mode"];
export type Difficulty = QuizSettings["difficulties"][number];
export type { Level } from "../bank/schema";

export type QuestionHistoryEntry = InferOutput<typeof QuestionHistoryEntrySchema>;
/** Per-question history by question id: written by the quiz store, read by the adaptive choice and /progress. */
export type QuestionHistory = InferOutput<typeof QuestionHistorySchema>;

/**
 * How one question is presented, fixed by a seed. `order` is, by type: single/multiple, the option texts in display
 * order; match, the right-hand sides in display order; order, the items in their starting order; otherwise empty.
 */
export type PreparedQuestion = { id: string; order: string[] };

/** The question types in display order (zod-free, so pages can import it). */
export const QUIZ_QUESTION_TYPES = QUESTION_TYPES;
