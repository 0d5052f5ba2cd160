"use client";

import { create } from "zustand";
import { persist } from "zustand/middleware";
import type { Bank, Question } from "@/core/bank/schema";
import { generateQuiz, type GenerateResult } from "@/core/quiz/generate";
import { isAnswered, scoreResponse } from "@/core/quiz/score";
import { recordAnswer, summarizeAttempt } from "@/core/quiz/summary";
import type { QuestionHistory, QuizSettings, Response } from "@/core/quiz/types";
import { STORAGE_KEYS } from "@/lib/storage";
import { persistedOptions } from "./persisted";

/** One quiz, in progress (`endedAt` null) or finished. Responses and scores are keyed by question id. */
export type Attempt = {
  id: string;
  settings: QuizSettings;
  seed: number;
  bankVersion: string;
  questionIds: string[];
  responses: Record<string, Response>;
  /** 0 to 1 per answered question. */
  scores: Record<string, number>;
  startedAt: number;
  endedAt: number | null;
  /** Mean over every question, 0 to 1, once finished. */
  score: number | null;
  /** Where the learner is: the question shown on resume. */
  index: number;
  /** Question ids flagged for review. */
  flags: string[];
  /** Exam time limit as an epoch ms deadline, or null. */
  deadline: number | null;
  updatedAt: number;
  /** "retry" for a quiz of someone's mistakes, "link" for one opened from a shared link. */
  kind: "quiz" | "retry" | "link";
};

export type FinishedAttempt = Attempt & { endedAt: number; score: number };

type Saved = {
  attempts: FinishedAttempt[];
  current: Attempt | null;
  history: QuestionHistory;
  /** Ids of attempts the learner discarded, so another tab's copy does not bring them back. */
  discarded: string[];
};

type QuizState = Saved & {
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

const MAX_ATTEMPTS = 200;
const MAX_DISCARDED = 50;

const newId = (now: number) => `${now.toString(36)}-${Math.floor(Math.random() * 0xffffffff).toString(36)}`;

function newAttempt(
  bank: Bank,
  questionIds: string[],
  settings: QuizSettings,
  seed: number,
  kind: Attempt["kind"],
): Attempt {
  const now = Date.now();
  const limit = settings.mode === "exam" ? settings.timeLimitMin : null;
  return {
    id: newId(now),
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

/** Union of finished attempts by id, the newest in-progress attempt, and the fuller history of each question. */
export function combineSaved(saved: Saved, mine: Saved): Saved {
  const byId = new Map<string, FinishedAttempt>();
  for (const a of [...saved.attempts, ...mine.attempts]) byId.set(a.id, a);
  const attempts = [...byId.values()].sort((a, b) => a.endedAt - b.endedAt).slice(-MAX_ATTEMPTS);
  const discarded = [...new Set([...saved.discarded, ...mine.discarded])].slice(-MAX_DISCARDED);
  const current =
    [mine.current, saved.current]
      .filter((c): c is Attempt => c !== null && !byId.has(c.id) && !discarded.includes(c.id))
      .sort((a, b) => b.updatedAt - a.updatedAt)[0] ?? null;
  const history: QuestionHistory = { ...saved.history };
  for (const [id, h] of Object.entries(mine.history)) {
    const other = history[id];
    if (!other || h.seen > other.seen || (h.seen === other.seen && h.lastAnsweredAt >= other.lastAnsweredAt))
      history[id] = h;
  }
  return { attempts, current, history, discarded };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);
const isStrArr = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === "string");

function isResponse(v: unknown): v is Response {
  if (!isObj(v)) return false;
  switch (v.type) {
    case "single":
      return typeof v.choice === "string";
    case "multiple":
      return isStrArr(v.choices);
    case "true-false":
      return typeof v.value === "boolean";
    case "typed":
      return typeof v.text === "string";
    case "match":
      return isObj(v.pairs) && Object.values(v.pairs).every((x) => typeof x === "string");
    case "order":
      return isStrArr(v.items);
    default:
      return false;
  }
}

function isSettings(v: unknown): v is QuizSettings {
  return (
    isObj(v) &&
    isNum(v.count) &&
    isStrArr(v.topics) &&
    Array.isArray(v.difficulties) &&
    v.difficulties.every((d) => d === 1 || d === 2 || d === 3) &&
    isStrArr(v.types) &&
    (v.mode === "practice" || v.mode === "exam") &&
    (v.timeLimitMin === null || isNum(v.timeLimitMin)) &&
    typeof v.adaptive === "boolean"
  );
}

function isAttempt(v: unknown): v is Attempt {
  return (
    isObj(v) &&
    typeof v.id === "string" &&
    isSettings(v.settings) &&
    isNum(v.seed) &&
    typeof v.bankVersion === "string" &&
    isStrArr(v.questionIds) &&
    isObj(v.responses) &&
    Object.values(v.responses).every(isResponse) &&
    isObj(v.scores) &&
    Object.values(v.scores).every((s) => isNum(s) && s >= 0 && s <= 1) &&
    isNum(v.startedAt) &&
    (v.endedAt === null || isNum(v.endedAt)) &&
    (v.score === null || isNum(v.score)) &&
    isNum(v.index) &&
    isStrArr(v.flags) &&
    (v.deadline === null || isNum(v.deadline)) &&
    isNum(v.updatedAt) &&
    (v.kind === "quiz" || v.kind === "retry" || v.kind === "link")
  );
}

/** Checks saved quiz data; null when it is not this store's shape. */
export function validateSaved(data: unknown): Saved | null {
  if (!isObj(data) || !Array.isArray(data.attempts) || !isObj(data.history) || !isStrArr(data.discarded)) return null;
  if (!data.attempts.every((a) => isAttempt(a) && a.endedAt !== null && a.score !== null)) return null;
  if (data.current !== null && !(isAttempt(data.current) && data.current.endedAt === null)) return null;
  const historyOk = Object.values(data.history).every(
    (h) => isObj(h) && isNum(h.seen) && isNum(h.right) && isNum(h.lastAnsweredAt) && typeof h.lastCorrect === "boolean",
  );
  return historyOk ? (data as Saved) : null;
}

/** Quizzes: the attempt in progress (saved after every answer), finished attempts and per-question history. */
export const useQuizStore = create<QuizState>()(
  persist(
    (set, get) => ({
      attempts: [],
      current: null,
      history: {},
      discarded: [],

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
          const current: Attempt = {
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
    persistedOptions<QuizState, Saved>({
      name: STORAGE_KEYS.quiz,
      version: 1,
      partialize: (s) => ({ attempts: s.attempts, current: s.current, history: s.history, discarded: s.discarded }),
      validate: validateSaved,
      combine: combineSaved,
    }),
  ),
);
