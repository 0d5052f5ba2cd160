import { combineQuizData, EMPTY_QUIZ_DATA, type QuizData } from "@/core/quiz/saved";
import { STORAGE_KEYS } from "@/lib/storage";
import type { SavedKind } from "../persist/kind";

/** Quizzes: the attempt in progress, finished attempts, per-question history. */
export const QUIZ_DATA: SavedKind<QuizData> = {
  name: STORAGE_KEYS.quiz,
  version: 1,
  // The schema (and valibot) is loaded only when there is saved data to read or merge.
  schema: () => import("@/core/quiz/schemas").then((m) => ({ validate: m.parseQuizData })),
  combine: combineQuizData,
  empty: EMPTY_QUIZ_DATA,
};
