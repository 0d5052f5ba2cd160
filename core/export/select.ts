import type { Bank, Flashcard, Question } from "../bank/schema";

/** What an export holds: live (never retired) questions and cards, optionally only the given question ids, in that order. */
export type ExportScope = { questionIds?: readonly string[]; title?: string };

/** The questions an export holds: retired ones never, and only `questionIds` (in their order) when given. */
export function exportedQuestions(bank: Bank, scope: ExportScope = {}): Question[] {
  const live = bank.questions.filter((q) => !q.retired);
  if (!scope.questionIds) return live;
  const byId = new Map(live.map((q) => [q.id, q]));
  return scope.questionIds.flatMap((id) => byId.get(id) ?? []);
}

/** The cards an export holds: every card that is not retired. */
export function exportedCards(bank: Bank): Flashcard[] {
  return bank.flashcards.filter((c) => !c.retired);
}

/** The topic label for an id (the id itself when the bank has no such topic). */
export function topicLabel(bank: Bank, topic: string): string {
  return bank.topics.find((t) => t.id === topic)?.label ?? topic;
}

/** Questions grouped by topic, in the bank's topic order, so each format can write one category per topic. */
export function byTopic(bank: Bank, questions: Question[]): { topic: string; label: string; questions: Question[] }[] {
  const order = [...bank.topics.map((t) => t.id), ...questions.map((q) => q.topic)];
  const seen = new Set<string>();
  return order.flatMap((topic) => {
    if (seen.has(topic)) return [];
    seen.add(topic);
    const qs = questions.filter((q) => q.topic === topic);
    return qs.length ? [{ topic, label: topicLabel(bank, topic), questions: qs }] : [];
  });
}
