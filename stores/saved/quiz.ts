import { combineQuizData, EMPTY_QUIZ_DATA, parseQuizData, type QuizData } from "@/core/quiz/saved";
import { STORAGE_KEYS } from "@/lib/storage";
import type { SavedKind } from "../persist/kind";

/** Quizzes: the attempt in progress, finished attempts, per-question history. */
export const QUIZ_DATA: SavedKind<QuizData> = {
  name: STORAGE_KEYS.quiz,
  version: 1,
  validate: parseQuizData,
  combine: combineQuizData,
  empty: EMPTY_QUIZ_DATA,
};
