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
import { deckSummary } from "../scheduling/summary";
import { reviewTimes } from "../scheduling/archive";
import type { CardStates, DeckArchive, ReviewLogEntry } from "../scheduling/types";

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

export type ProgressInput = {
  bank: {
    topics: DashboardInput["topics"];
    questions: DashboardInput["questions"];
    flashcards: readonly { id: string; retired?: boolean }[];
  };
  history: DashboardInput["history"];
  attempts: DashboardInput["attempts"];
  cards: CardStates;
  logs: readonly Pick<ReviewLogEntry, "review" | "undoneAt">[];
  /** Reviews folded out of the log (core/scheduling/fold), if any. */
  archive?: DeckArchive;
  now: number;
};

/**
 * Everything the /progress page shows: the dashboard, the cards due and waiting, and whether the learner has done
 * anything yet. With no saved data it is the same for every new visitor, so the page can be drawn before it runs.
 */
export function progressFigures({ bank, history, attempts, cards, logs, archive, now }: ProgressInput) {
  const activeCards = bank.flashcards.filter((c) => !c.retired).map((c) => c.id);
  const deck = deckSummary(cards, now, activeCards);
  return {
    ...dashboard({
      topics: bank.topics,
      questions: bank.questions,
      history,
      attempts,
      reviewTimes: reviewTimes(logs, archive),
      now,
    }),
    due: deck.due,
    newCards: deck.new,
    fresh: attempts.length === 0 && Object.keys(history).length === 0 && logs.length === 0 && !archive,
  };
}

export type ProgressFigures = ReturnType<typeof progressFigures>;
