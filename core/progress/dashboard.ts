// Everything /progress shows, computed in one place from the bank's facts and the saved quiz and card data.
import {
  masteryByTopic,
  overallMastery,
  recentAccuracy,
  weakestQuestions,
  type QuestionInfo,
  type QuestionRecord,
} from "./mastery";
import { studyStreak } from "./streak";

export type DashboardInput = {
  topics: readonly { id: string; label: string }[];
  questions: readonly QuestionInfo[];
  history: Readonly<Record<string, QuestionRecord>>;
  attempts: readonly { id: string; endedAt: number; score: number }[];
  /** Times of card reviews that still count (not undone). */
  reviewTimes: readonly number[];
  now: number;
};

/** The dashboard's figures. */
export function dashboard(input: DashboardInput) {
  const { topics, questions, history, attempts, reviewTimes, now } = input;
  return {
    overall: overallMastery(questions, history),
    byTopic: masteryByTopic(topics, questions, history),
    weakest: weakestQuestions(questions, history, 5),
    recent: recentAccuracy(attempts, 10),
    streak: studyStreak([...attempts.map((a) => a.endedAt), ...reviewTimes], now),
  };
}

export type Dashboard = ReturnType<typeof dashboard>;
