import type { Question, Topic } from "../bank/schema";
import { formatPercent } from "../format";
import type { QuestionHistory, Response, ScoreResult } from "./types";

export type TopicScore = { topic: string; label: string; count: number; correct: number; score: number };

export type AttemptSummary = {
  /** Mean score over every question, 0 to 1 (unanswered count as 0). */
  score: number;
  /** Questions fully right. */
  correct: number;
  total: number;
  byTopic: TopicScore[];
};

/** Totals and a per-topic breakdown; topics keep the bank's order. Scores are keyed by question id. */
export function summarizeAttempt(
  questions: readonly Question[],
  topics: readonly Topic[],
  scores: Readonly<Record<string, number>>,
): AttemptSummary {
  const total = questions.length;
  const sum = questions.reduce((s, q) => s + (scores[q.id] ?? 0), 0);
  const byTopic = topics.flatMap((t) => {
    const qs = questions.filter((q) => q.topic === t.id);
    if (qs.length === 0) return [];
    const topicSum = qs.reduce((s, q) => s + (scores[q.id] ?? 0), 0);
    return [
      {
        topic: t.id,
        label: t.label,
        count: qs.length,
        correct: qs.filter((q) => scores[q.id] === 1).length,
        score: topicSum / qs.length,
      },
    ];
  });
  return {
    score: total === 0 ? 0 : sum / total,
    correct: questions.filter((q) => scores[q.id] === 1).length,
    total,
    byTopic,
  };
}

/** Records one scored answer in the learner's per-question history (returns a new object). */
export function recordAnswer(
  history: QuestionHistory,
  questionId: string,
  correct: boolean,
  now: number,
): QuestionHistory {
  const h = history[questionId] ?? { seen: 0, right: 0, lastAnsweredAt: 0, lastCorrect: false };
  return {
    ...history,
    [questionId]: { seen: h.seen + 1, right: h.right + (correct ? 1 : 0), lastAnsweredAt: now, lastCorrect: correct },
  };
}

/** Ids of the questions not fully right, in quiz order: the "Retry my mistakes" list. */
export function missedQuestionIds(questionIds: readonly string[], scores: Readonly<Record<string, number>>): string[] {
  return questionIds.filter((id) => (scores[id] ?? 0) < 1);
}

/** A learner's answer in words, for the review. */
export function describeResponse(question: Question, response: Response | undefined): string {
  if (!response || response.type !== question.type) return "No answer";
  switch (response.type) {
    case "single":
      return response.choice;
    case "multiple":
      return response.choices.length ? response.choices.join("; ") : "Nothing ticked";
    case "true-false":
      return response.value ? "True" : "False";
    case "typed":
      return response.text.trim() || "No answer";
    case "match":
      return question.type === "match"
        ? question.answer.map((p) => `${p.left} → ${response.pairs[p.left] ?? "(none)"}`).join("; ")
        : "No answer";
    case "order":
      return response.items.map((item, i) => `${i + 1}. ${item}`).join("; ");
  }
}

/** The correct answer in words, for the review. */
export function describeKey(question: Question): string {
  switch (question.type) {
    case "single":
      return question.answer;
    case "multiple":
      return question.answer.join("; ");
    case "true-false":
      return question.answer ? "True" : "False";
    case "typed":
      return question.accept?.length
        ? `${question.answer} (also accepted: ${question.accept.join(", ")})`
        : question.answer;
    case "match":
      return question.answer.map((p) => `${p.left} → ${p.right}`).join("; ");
    case "order":
      return question.answer.map((item, i) => `${i + 1}. ${item}`).join("; ");
  }
}

/** One answer's verdict in words: "Right", "Partly right (50%)" or "Not quite". */
export function verdict(result: ScoreResult): string {
  if (result.correct) return "Right";
  if (result.score > 0) return `Partly right (${formatPercent(result.score)})`;
  return "Not quite";
}
