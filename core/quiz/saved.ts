// What the quiz store saves: the attempt in progress, finished attempts, per-question history and discarded ids.
// Types inferred from the schemas and the empty data. The check (./schemas) and the merge of two tabs' copies
// (./merge) load only when there is saved data to read.
import type { InferOutput } from "valibot";
import type { FinishedAttemptSchema, OpenAttemptSchema, QuizDataSchema } from "./schemas";

export type OpenAttempt = InferOutput<typeof OpenAttemptSchema>;
export type FinishedAttempt = InferOutput<typeof FinishedAttemptSchema>;
export type Attempt = OpenAttempt | FinishedAttempt;
export type QuizData = InferOutput<typeof QuizDataSchema>;

export const EMPTY_QUIZ_DATA: QuizData = { attempts: [], current: null, history: {}, discarded: [] };

export const MAX_ATTEMPTS = 200;
export const MAX_DISCARDED = 50;
