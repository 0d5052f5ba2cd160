import { EMPTY_QUIZ_DATA, type QuizData } from "@/core/quiz/saved";
import { STORAGE_KEYS } from "@/lib/storage";
import type { SavedKind } from "../persist/kind";

/**
 * Quizzes: the attempt in progress, finished attempts, per-question history.
 * Version 2: quiz settings may hold `levels` (recall, understand, analyse); version 1 settings have none, which reads
 * as every level, so the step from 1 is the data as it is.
 * Version 3: quiz settings may hold `paragraphs` (a section quiz's range); version 2 settings have none, which reads as
 * the whole article, so the step from 2 is the data as it is too.
 */
export const QUIZ_DATA: SavedKind<QuizData> = {
  name: STORAGE_KEYS.quiz,
  version: 3,
  load: async () => {
    const [schemas, merge] = await Promise.all([import("@/core/quiz/schemas"), import("@/core/quiz/merge")]);
    return {
      validate: schemas.parseQuizData,
      migrate: schemas.migrateQuizData,
      combine: merge.combineQuizData,
    };
  },
  empty: EMPTY_QUIZ_DATA,
  mark: (d) => (d.attempts.length || Object.keys(d.history).length ? "p" : "") + (d.current ? "o" : ""),
};
