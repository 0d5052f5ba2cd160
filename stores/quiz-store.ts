"use client";

import { create } from "zustand";
import { persist } from "zustand/middleware";
import type { Bank, Question } from "@/core/bank/schema";
import { generateQuiz, type GenerateResult } from "@/core/quiz/generate";
import { isAnswered, scoreResponse } from "@/core/quiz/score";
import { closeAttempt, openAttempt } from "@/core/quiz/attempt";
import { recordAnswer } from "@/core/quiz/summary";
import type { QuizSettings, Response } from "@/core/quiz/types";
import {
  EMPTY_QUIZ_DATA,
  MAX_ATTEMPTS,
  MAX_DISCARDED,
  type Attempt,
  type OpenAttempt,
  type QuizData,
} from "@/core/quiz/saved";
import { freshId } from "@/lib/random";
import { persistedOptions, persistedStore } from "./persisted";
import { QUIZ_DATA } from "./saved/quiz";

export type { Attempt, FinishedAttempt, OpenAttempt } from "@/core/quiz/saved";

type QuizState = QuizData & {
  /** Generates a quiz and makes it the current attempt; returns the generator's answer (too few questions, say). */
  start: (bank: Bank, settings: QuizSettings, seed: number, now: number, kind?: Attempt["kind"]) => GenerateResult;
  /** Starts a quiz of a fixed list of questions (Retry my mistakes). */
  startWith: (
    bank: Bank,
    questionIds: string[],
    settings: QuizSettings,
    seed: number,
    kind: Attempt["kind"],
    now: number,
  ) => void;
  answer: (question: Question, response: Response, now: number) => void;
  move: (index: number, now: number) => void;
  toggleFlag: (questionId: string, now: number) => void;
  /** Scores and files the current attempt; returns its id. */
  finish: (bank: Bank, now: number) => string | null;
  discard: () => void;
};

// Every action takes `now` from its caller; starting and finishing are core/quiz/attempt.ts.
/** Quizzes: the attempt in progress (saved after every answer), finished attempts and per-question history. */
export const useQuizStore = persistedStore(
  create<QuizState>()(
    persist(
      (set, get) => ({
        ...EMPTY_QUIZ_DATA,

        start: (bank, settings, seed, now, kind = "quiz") => {
          const result = generateQuiz(bank, settings, seed, settings.adaptive ? get().history : undefined);
          if (result.ok)
            set({ current: openAttempt(bank, result.quiz.questionIds, settings, seed, kind, now, freshId(now)) });
          return result;
        },

        startWith: (bank, questionIds, settings, seed, kind, now) =>
          set({ current: openAttempt(bank, questionIds, settings, seed, kind, now, freshId(now)) }),

        answer: (question, response, now) =>
          set((s) => {
            if (!s.current) return s;
            const result = scoreResponse(question, response);
            const current: OpenAttempt = {
              ...s.current,
              responses: { ...s.current.responses, [question.id]: response },
              scores: { ...s.current.scores, [question.id]: result.score },
              updatedAt: now,
            };
            // Practice answers are final, so they count at once; exam answers may change until the end.
            // Either way only an answer counts (ANSWERED_RULE).
            const history =
              current.settings.mode === "practice" && isAnswered(response)
                ? recordAnswer(s.history, question.id, result.correct, now)
                : s.history;
            return { current, history };
          }),

        move: (index, now) =>
          set((s) =>
            s.current
              ? {
                  current: {
                    ...s.current,
                    index: Math.max(0, Math.min(index, s.current.questionIds.length - 1)),
                    updatedAt: now,
                  },
                }
              : s,
          ),

        toggleFlag: (questionId, now) =>
          set((s) => {
            if (!s.current) return s;
            const flags = s.current.flags.includes(questionId)
              ? s.current.flags.filter((f) => f !== questionId)
              : [...s.current.flags, questionId];
            return { current: { ...s.current, flags, updatedAt: now } };
          }),

        finish: (bank, now) => {
          const current = get().current;
          if (!current) return null;
          const { done, history } = closeAttempt(current, bank, get().history, now);
          set((s) => ({ attempts: [...s.attempts, done].slice(-MAX_ATTEMPTS), current: null, history }));
          return done.id;
        },

        discard: () =>
          set((s) =>
            s.current ? { current: null, discarded: [...s.discarded, s.current.id].slice(-MAX_DISCARDED) } : s,
          ),
      }),
      persistedOptions<QuizState, QuizData>(QUIZ_DATA),
    ),
  ),
);
