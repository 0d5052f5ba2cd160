"use client";

import { create } from "zustand";
import { persist } from "zustand/middleware";
import { EMPTY_QUIZ_DATA, MAX_DISCARDED, type QuizData } from "@/core/quiz/saved";
import { persistedOptions, persistedStore } from "./persisted";
import { QUIZ_DATA } from "./saved/quiz";
import { saveAfterPaint } from "./save-after-paint";

export type { Attempt, FinishedAttempt, OpenAttempt } from "@/core/quiz/saved";

// State only: the quiz engine's actions (start, answer, finish...) are plain functions in ./quiz-actions, so a page
// that only reads quizzes (home, /progress) does not load the generator and the scorer.
const options = persistedOptions<QuizData, QuizData>(QUIZ_DATA);
/** Quizzes: the attempt in progress (saved after every answer), finished attempts and per-question history. */
export const useQuizStore = persistedStore(
  create<QuizData>()(
    persist(() => ({ ...EMPTY_QUIZ_DATA }), {
      ...options,
      // Saved after the answer's feedback is painted (the whole history is merged and written on each save).
      storage: options.storage && saveAfterPaint(options.storage),
    }),
  ),
);

/** Drops the attempt in progress; its id is kept so another tab's copy does not bring it back. */
export function discardQuiz(): void {
  useQuizStore.setState((s) =>
    s.current ? { current: null, discarded: [...s.discarded, s.current.id].slice(-MAX_DISCARDED) } : s,
  );
}
