// Mastery, weakest questions and recent accuracy, computed from per-question history and finished attempts.

/** What is known about one question's past answers. */
export type QuestionRecord = {
  seen: number;
  right: number;
  /** Epoch ms of the last answer. */
  lastAnsweredAt?: number;
  lastCorrect?: boolean;
};

/** The question facts the dashboard needs from the bank. */
export type QuestionInfo = { id: string; topic: string; retired?: boolean };

/** The definition shown to learners next to the figure. */
export const MASTERY_DEFINITION =
  "A question counts as mastered when you have answered it right at least twice and your latest answer was right.";

/** True when a question's record meets MASTERY_DEFINITION. */
export function isMastered(record: QuestionRecord | undefined): boolean {
  return !!record && record.right >= 2 && record.lastCorrect === true;
}

export type MasteryFigure = { mastered: number; total: number; seen: number; ratio: number };

function figure(questions: readonly QuestionInfo[], history: Readonly<Record<string, QuestionRecord>>): MasteryFigure {
  let mastered = 0;
  let seen = 0;
  for (const q of questions) {
    const r = history[q.id];
    if (r && r.seen > 0) seen++;
    if (isMastered(r)) mastered++;
  }
  const total = questions.length;
  return { mastered, total, seen, ratio: total === 0 ? 0 : mastered / total };
}

/** Overall mastery over the active (not retired) questions. */
export function overallMastery(
  questions: readonly QuestionInfo[],
  history: Readonly<Record<string, QuestionRecord>>,
): MasteryFigure {
  return figure(
    questions.filter((q) => !q.retired),
    history,
  );
}

/** Mastery per topic, in the order the topics are given; retired questions do not count. */
export function masteryByTopic(
  topics: readonly { id: string; label: string }[],
  questions: readonly QuestionInfo[],
  history: Readonly<Record<string, QuestionRecord>>,
): (MasteryFigure & { id: string; label: string })[] {
  return topics.map((t) => ({
    id: t.id,
    label: t.label,
    ...figure(
      questions.filter((q) => q.topic === t.id && !q.retired),
      history,
    ),
  }));
}

/**
 * The weakest questions answered so far: those missed at least once and not mastered since, ordered by smoothed accuracy ((right + 1) / (seen + 2)),
 * then a wrong latest answer first, then the least recently answered. Retired questions are left out.
 */
export function weakestQuestions(
  questions: readonly QuestionInfo[],
  history: Readonly<Record<string, QuestionRecord>>,
  limit = 5,
): { id: string; record: QuestionRecord; accuracy: number }[] {
  const active = new Set(questions.filter((q) => !q.retired).map((q) => q.id));
  return Object.entries(history)
    .filter(([id, r]) => active.has(id) && r.seen > 0 && r.right < r.seen && !isMastered(r))
    .map(([id, record]) => ({ id, record, smoothed: (record.right + 1) / (record.seen + 2) }))
    .sort(
      (a, b) =>
        a.smoothed - b.smoothed ||
        Number(a.record.lastCorrect === true) - Number(b.record.lastCorrect === true) ||
        (a.record.lastAnsweredAt ?? 0) - (b.record.lastAnsweredAt ?? 0) ||
        (a.id < b.id ? -1 : 1),
    )
    .slice(0, limit)
    .map(({ id, record }) => ({ id, record, accuracy: record.seen === 0 ? 0 : record.right / record.seen }));
}

/** A finished attempt, as far as the dashboard cares. */
export type AttemptPoint = { id: string; endedAt: number; /** 0 to 1 */ score: number };

/** The last `limit` finished attempts, oldest first, for the accuracy chart. */
export function recentAccuracy(attempts: readonly AttemptPoint[], limit = 10): AttemptPoint[] {
  return [...attempts].sort((a, b) => a.endedAt - b.endedAt || (a.id < b.id ? -1 : 1)).slice(-limit);
}
