import type { ScoreResult } from "./types";

// How the end of a quiz is laid out: what to look at again first, and the words over the score.

/** The tone of a verdict, for its colour and icon: right, partly right or wrong. */
export function verdictTone(result: ScoreResult): "correct" | "partly" | "wrong" {
  return result.correct ? "correct" : result.score > 0 ? "partly" : "wrong";
}

/**
 * Splits a finished quiz for review: first what to look at again (missed, then partly right, then flagged but right,
 * each in quiz order), then what was fully right and not flagged.
 */
export function reviewGroups(
  questionIds: readonly string[],
  scores: Readonly<Record<string, number>>,
  flags: readonly string[],
): { again: string[]; right: string[] } {
  const score = (id: string) => scores[id] ?? 0;
  const rank = (id: string) => (score(id) === 0 ? 0 : score(id) < 1 ? 1 : 2);
  const again = questionIds.filter((id) => score(id) < 1 || flags.includes(id));
  again.sort((a, b) => rank(a) - rank(b) || questionIds.indexOf(a) - questionIds.indexOf(b));
  return { again, right: questionIds.filter((id) => score(id) === 1 && !flags.includes(id)) };
}

/** A learner's score from here up is strong (green), from GOOD up good (accent), below it low. */
const STRONG = 0.8;
const GOOD = 0.5;

/** The colour of a learner's score (0 to 1) wherever it is drawn: the ring, a bar, an attempt's pill. */
export function scoreTone(score: number): "correct" | "accent" | "partly" {
  return score >= STRONG ? "correct" : score >= GOOD ? "accent" : "partly";
}

/** A line over the score that encourages without flattering (score 0 to 1), on the same steps as its colour. */
export function scoreHeadline(score: number): string {
  if (score >= 1) return "Every question right.";
  if (score >= STRONG) return "Strong result.";
  if (score >= GOOD) return "Good progress: review the rest below.";
  if (score > 0) return "A start: the review below shows what to read again.";
  return "Nothing right this time: the review below shows where each answer is in the article.";
}

/** Whether a finished exam ended because its time ran out (deadline passed before it was finished). */
export function ranOutOfTime(deadline: number | null, endedAt: number): boolean {
  return deadline !== null && endedAt >= deadline;
}
