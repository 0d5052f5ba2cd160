// Home's "Today" card for a returning learner: what is due, what to retry, the streak, and the one next step.

import type { QuestionRecord } from "./mastery";
import { studyStreak } from "./streak";

export type TodayInput = {
  /** True while a quiz is in progress. */
  quizInProgress: boolean;
  /** Flashcards due now (core/scheduling/summary.ts). */
  cardsDue: number;
  /** Per-question history from past quizzes. */
  history: Readonly<Record<string, QuestionRecord>>;
  /** Ids of the bank's active (not retired) questions. */
  activeQuestions: readonly string[];
  /** When each finished quiz ended and each card was reviewed. */
  activity: readonly number[];
  now: number;
};

export type NextStep = "resume" | "cards" | "retry" | "quiz";

export type Today = {
  cardsDue: number;
  /** Active questions whose latest answer was wrong, most recently missed first. */
  retry: string[];
  streak: number;
  studiedToday: boolean;
  /** The most useful next step: finish the quiz in progress, then due cards (they are time-sensitive), then the misses. */
  next: NextStep;
};

export function today(input: TodayInput): Today {
  const active = new Set(input.activeQuestions);
  const retry = Object.entries(input.history)
    .filter(([id, r]) => active.has(id) && r.lastCorrect === false)
    .sort(([a, x], [b, y]) => (y.lastAnsweredAt ?? 0) - (x.lastAnsweredAt ?? 0) || (a < b ? -1 : 1))
    .map(([id]) => id);
  const streak = studyStreak(input.activity, input.now);
  const next: NextStep = input.quizInProgress
    ? "resume"
    : input.cardsDue > 0
      ? "cards"
      : retry.length > 0
        ? "retry"
        : "quiz";
  return { cardsDue: input.cardsDue, retry, streak: streak.current, studiedToday: streak.studiedToday, next };
}
