import { EMPTY_QUIZ_DATA, type QuizData } from "@/core/quiz/saved";
import { STORAGE_KEYS } from "@/lib/storage";
import type { SavedKind } from "../persist/kind";

/** Quizzes: the attempt in progress, finished attempts, per-question history. */
export const QUIZ_DATA: SavedKind<QuizData> = {
  name: STORAGE_KEYS.quiz,
  version: 1,
  load: async () => {
    const [schemas, merge] = await Promise.all([import("@/core/quiz/schemas"), import("@/core/quiz/merge")]);
    return { validate: schemas.parseQuizData, combine: merge.combineQuizData };
  },
  empty: EMPTY_QUIZ_DATA,
  mark: (d) => (d.attempts.length || Object.keys(d.history).length ? "p" : "") + (d.current ? "o" : ""),
};
