import type { Bank } from "@/core/bank/schema";
import type { FinishedAttempt, OpenAttempt } from "./saved";
import { isAnswered } from "./score";
import { recordAnswer, summarizeAttempt } from "./summary";
import type { QuestionHistory, QuizSettings } from "./types";

// Starting and finishing a quiz attempt, pure: the store passes `now` and the new attempt's id.

/** A new attempt at `questionIds`, opened at `now`; an exam's deadline is its time limit from now. */
export function openAttempt(
  bank: Pick<Bank, "version">,
  questionIds: string[],
  settings: QuizSettings,
  seed: number,
  kind: OpenAttempt["kind"],
  now: number,
  id: string,
): OpenAttempt {
  const limit = settings.mode === "exam" ? settings.timeLimitMin : null;
  return {
    id,
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

/**
 * Scores and closes an attempt at `now`, or at its deadline if that came first (time that ran out while the page was
 * closed is not time taken). An exam's answers count in the history only then (practice answers counted when given),
 * and only answered questions count (ANSWERED_RULE).
 */
export function closeAttempt(
  current: OpenAttempt,
  bank: Pick<Bank, "questions" | "topics">,
  history: QuestionHistory,
  now: number,
): { done: FinishedAttempt; history: QuestionHistory } {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const questions = current.questionIds.flatMap((id) => byId.get(id) ?? []);
  const summary = summarizeAttempt(questions, bank.topics, current.scores);
  const endedAt = current.deadline === null ? now : Math.min(now, current.deadline);
  let next = history;
  if (current.settings.mode === "exam")
    for (const q of questions)
      if (isAnswered(current.responses[q.id])) next = recordAnswer(next, q.id, current.scores[q.id] === 1, endedAt);
  return { done: { ...current, endedAt, score: summary.score, updatedAt: now }, history: next };
}
