"use client";

import type { Bank, Question } from "@/core/bank/schema";
import { generateQuiz, type GenerateResult } from "@/core/quiz/generate";
import { isAnswered, scoreResponse } from "@/core/quiz/score";
import { closeAttempt, openAttempt } from "@/core/quiz/attempt";
import { recordAnswer } from "@/core/quiz/summary";
import { MAX_ATTEMPTS, type Attempt, type OpenAttempt } from "@/core/quiz/saved";
import type { QuizSettings, Response } from "@/core/quiz/types";
import { DEFAULT_QUIZ_SETTINGS } from "@/core/quiz/settings";
import { seedFrom } from "@/core/random";
import { freshId } from "@/lib/random";
import { useQuizStore } from "./quiz-store";

// The quiz engine's actions, outside the store (Zustand's "actions outside the store"): only the pages that run a
// quiz import them, on demand. Every action takes `now` from its caller; starting and finishing are core/quiz/attempt.ts.
const { getState: get, setState: set } = useQuizStore;

// What to widen when the settings leave too few questions: loaded with the engine, so the setup's first JavaScript
// does not carry it (components/quiz/quiz-page.tsx shows it when startQuiz says too few).
export { tooFewAdvice } from "@/core/quiz/too-few";

/** Generates a quiz and makes it the current attempt; returns the generator's answer (too few questions, say). */
export function startQuiz(
  bank: Bank,
  settings: QuizSettings,
  seed: number,
  now: number,
  kind: Attempt["kind"] = "quiz",
): GenerateResult {
  const result = generateQuiz(bank, settings, seed, settings.adaptive ? get().history : undefined);
  if (result.ok) set({ current: openAttempt(bank, result.quiz.questionIds, settings, seed, kind, now, freshId(now)) });
  return result;
}

/** Starts a quiz of a fixed list of questions (Retry my mistakes, Practise these). */
export function startQuizWith(
  bank: Bank,
  questionIds: string[],
  settings: QuizSettings,
  seed: number,
  kind: Attempt["kind"],
  now: number,
): void {
  set({ current: openAttempt(bank, questionIds, settings, seed, kind, now, freshId(now)) });
}

/** Starts a practice quiz of exactly these questions (Practise these); the same list gets the same presentation. */
export function startPracticeOf(bank: Bank, questionIds: string[], now: number): void {
  startQuizWith(
    bank,
    questionIds,
    { ...DEFAULT_QUIZ_SETTINGS, count: questionIds.length, adaptive: false },
    seedFrom(questionIds.join(",")),
    "retry",
    now,
  );
}

/** Saves and scores an answer to the current attempt. */
export function answerQuestion(question: Question, response: Response, now: number): void {
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
  });
}

/** Shows question `index` of the current attempt (clamped to the quiz). */
export function moveTo(index: number, now: number): void {
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
  );
}

/** Flags or unflags a question of the current attempt for review. */
export function toggleFlag(questionId: string, now: number): void {
  set((s) => {
    if (!s.current) return s;
    const flags = s.current.flags.includes(questionId)
      ? s.current.flags.filter((f) => f !== questionId)
      : [...s.current.flags, questionId];
    return { current: { ...s.current, flags, updatedAt: now } };
  });
}

/** Scores and files the current attempt; returns its id. */
export function finishQuiz(bank: Bank, now: number): string | null {
  const current = get().current;
  if (!current) return null;
  const { done, history } = closeAttempt(current, bank, get().history, now);
  set((s) => ({ attempts: [...s.attempts, done].slice(-MAX_ATTEMPTS), current: null, history }));
  return done.id;
}
