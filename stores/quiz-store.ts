"use client";

import { create } from "zustand";
import { persist } from "zustand/middleware";
import type { Bank, Question } from "@/core/bank/schema";
import { generateQuiz, type GenerateResult } from "@/core/quiz/generate";
import { isAnswered, scoreResponse } from "@/core/quiz/score";
import { recordAnswer, summarizeAttempt } from "@/core/quiz/summary";
import type { QuizSettings, Response } from "@/core/quiz/types";
import {
  EMPTY_QUIZ_DATA,
  MAX_ATTEMPTS,
  MAX_DISCARDED,
  type Attempt,
  type FinishedAttempt,
  type OpenAttempt,
  type QuizData,
} from "@/core/quiz/saved";
import { freshId } from "@/lib/random";
import { persistedOptions, persistedStore } from "./persisted";
import { QUIZ_DATA } from "./saved/quiz";

export type { Attempt, FinishedAttempt, OpenAttempt } from "@/core/quiz/saved";

type QuizState = QuizData & {
  /** Generates a quiz and makes it the current attempt; returns the generator's answer (too few questions, say). */
  start: (bank: Bank, settings: QuizSettings, seed: number, kind?: Attempt["kind"]) => GenerateResult;
  /** Starts a quiz of a fixed list of questions (Retry my mistakes). */
  startWith: (bank: Bank, questionIds: string[], settings: QuizSettings, seed: number, kind: Attempt["kind"]) => void;
  answer: (question: Question, response: Response) => void;
  move: (index: number) => void;
  toggleFlag: (questionId: string) => void;
  /** Scores and files the current attempt; returns its id. */
  finish: (bank: Bank) => string | null;
  discard: () => void;
};

function newAttempt(
  bank: Bank,
  questionIds: string[],
  settings: QuizSettings,
  seed: number,
  kind: Attempt["kind"],
): OpenAttempt {
  const now = Date.now();
  const limit = settings.mode === "exam" ? settings.timeLimitMin : null;
  return {
    id: freshId(now),
    settings,
    seed,
    bankVersion: bank.version,
    questionIds,
    responses: {},
    scores: {},
    startedAt: now,
    endedAt: null,
    score: null,
    index: 0,
    flags: [],
    deadline: limit ? now + limit * 60_000 : null,
    updatedAt: now,
    kind,
  };
}

/** Quizzes: the attempt in progress (saved after every answer), finished attempts and per-question history. */
export const useQuizStore = persistedStore(
  create<QuizState>()(
    persist(
      (set, get) => ({
        ...EMPTY_QUIZ_DATA,

        start: (bank, settings, seed, kind = "quiz") => {
          const result = generateQuiz(bank, settings, seed, settings.adaptive ? get().history : undefined);
          if (result.ok) set({ current: newAttempt(bank, result.quiz.questionIds, settings, seed, kind) });
          return result;
        },

        startWith: (bank, questionIds, settings, seed, kind) =>
          set({ current: newAttempt(bank, questionIds, settings, seed, kind) }),

        answer: (question, response) =>
          set((s) => {
            if (!s.current) return s;
            const result = scoreResponse(question, response);
            const now = Date.now();
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

        move: (index) =>
          set((s) =>
            s.current
              ? {
                  current: {
                    ...s.current,
                    index: Math.max(0, Math.min(index, s.current.questionIds.length - 1)),
                    updatedAt: Date.now(),
                  },
                }
              : s,
          ),

        toggleFlag: (questionId) =>
          set((s) => {
            if (!s.current) return s;
            const flags = s.current.flags.includes(questionId)
              ? s.current.flags.filter((f) => f !== questionId)
              : [...s.current.flags, questionId];
            return { current: { ...s.current, flags, updatedAt: Date.now() } };
          }),

        finish: (bank) => {
          const current = get().current;
          if (!current) return null;
          const now = Date.now();
          const byId = new Map(bank.questions.map((q) => [q.id, q]));
          const questions = current.questionIds.flatMap((id) => byId.get(id) ?? []);
          const summary = summarizeAttempt(questions, bank.topics, current.scores);
          let history = get().history;
          if (current.settings.mode === "exam")
            for (const q of questions)
              if (isAnswered(current.responses[q.id]))
                history = recordAnswer(history, q.id, current.scores[q.id] === 1, now);
          const done: FinishedAttempt = { ...current, endedAt: now, score: summary.score, updatedAt: now };
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
