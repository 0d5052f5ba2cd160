import type { Bank, Question } from "../bank/schema";
import { compatibleSet, excludeMap } from "../bank/excludes";
import { createRandom, seedFrom, shuffle } from "../random";
import { matchingQuestions } from "./pool";
import { MAX_QUESTIONS, MIN_QUESTIONS } from "./settings";
import type { PreparedQuestion, QuestionHistory, QuizSettings } from "./types";

/** A generated quiz: which questions, in which order, and how each is presented. */
export type Quiz = { questionIds: string[]; prepared: PreparedQuestion[] };

export type GenerateResult = { ok: true; quiz: Quiz } | { ok: false; available: number };

// Which questions a quiz may draw from is ./pool.ts (the setup form counts them without loading the generator).
export { matchingQuestions, quizCapacity } from "./pool";

/**
 * Adaptive priority, lower first: never seen (0), last answered wrong (1), then right answers, least recently right
 * first (2 + a fraction growing with the time of the last answer).
 */
function priority(id: string, history: QuestionHistory, newest: number): number {
  const h = history[id];
  if (!h || h.seen === 0) return 0;
  if (!h.lastCorrect) return 1;
  return 2 + (newest > 0 ? h.lastAnsweredAt / (newest + 1) : 0);
}

/**
 * Picks `settings.count` questions without repeats, taking topics in turn (round robin, topic order from the seed) so
 * the quiz spreads across the chosen topics, then shuffles their order. Within a topic the order is random from the
 * seed, or by adaptive priority when `settings.adaptive` and a history are given. A question that would give away (or be
 * given away by) one already picked is skipped, so no two questions that exclude each other meet. Same bank, settings,
 * seed and history give the same quiz. When the settings cannot fill the quiz, returns how many questions they can
 * (quizCapacity).
 */
export function generateQuiz(
  bank: Bank,
  settings: QuizSettings,
  seed: number,
  history?: QuestionHistory,
): GenerateResult {
  const pool = matchingQuestions(bank, settings);
  const count = Math.min(MAX_QUESTIONS, Math.max(MIN_QUESTIONS, Math.floor(settings.count)));
  const compatible = compatibleSet(pool);
  if (compatible.length < count) return { ok: false, available: compatible.length };
  const excludes = excludeMap(pool);
  const random = createRandom(seed);

  const byTopic = new Map<string, Question[]>();
  for (const q of pool) byTopic.set(q.topic, [...(byTopic.get(q.topic) ?? []), q]);
  const adaptive = settings.adaptive && history !== undefined;
  const newest = adaptive ? Math.max(0, ...Object.values(history).map((h) => h.lastAnsweredAt)) : 0;
  const queues = shuffle([...byTopic.keys()].sort(), random).map((topic) => {
    const shuffled = shuffle(byTopic.get(topic) ?? [], random);
    if (!adaptive) return shuffled;
    // Stable sort keeps the seeded order among equal priorities.
    const rank = new Map(shuffled.map((q) => [q.id, priority(q.id, history, newest)]));
    return shuffled.sort((a, b) => (rank.get(a.id) ?? 0) - (rank.get(b.id) ?? 0));
  });

  let picked: string[] = [];
  const blocked = new Set<string>();
  const rounds = Math.max(0, ...queues.map((queue) => queue.length));
  for (let round = 0; round < rounds && picked.length < count; round++)
    for (const queue of queues) {
      const q = queue[round];
      if (!q || picked.length >= count || blocked.has(q.id)) continue;
      picked.push(q.id);
      for (const other of excludes.get(q.id) ?? []) blocked.add(other);
    }
  // Rarely, the seeded order blocks too many: fall back to a random part of the compatible set, which is large enough.
  if (picked.length < count)
    picked = shuffle(compatible, random)
      .slice(0, count)
      .map((q) => q.id);
  const questionIds = shuffle(picked, random);
  return { ok: true, quiz: { questionIds, prepared: prepareQuestions(bank, questionIds, seed) } };
}

/** Rotates a shuffled list by one when the shuffle left it exactly as given, so the answer is never pre-filled. */
function notIdentity(shuffled: string[], original: readonly string[]): string[] {
  const same = shuffled.length > 1 && shuffled.every((s, i) => s === original[i]);
  return same ? [...shuffled.slice(1), shuffled[0] as string] : shuffled;
}

/** How one question is presented for a seed; the seed is mixed with the question id so order in the quiz does not matter. */
export function prepareQuestion(question: Question, seed: number): PreparedQuestion {
  const random = createRandom(seedFrom(`${seed}:${question.id}`));
  switch (question.type) {
    case "single":
    case "multiple": {
      const texts = question.options.map((o) => o.text);
      return { id: question.id, order: question.fixedOrder ? texts : shuffle(texts, random) };
    }
    case "match": {
      const rights = question.answer.map((p) => p.right);
      return { id: question.id, order: notIdentity(shuffle(rights, random), rights) };
    }
    case "order":
      return { id: question.id, order: notIdentity(shuffle(question.answer, random), question.answer) };
    case "true-false":
    case "typed":
      return { id: question.id, order: [] };
  }
}

/**
 * The presentation of each listed question (option order, shuffled right-hand sides, shuffled items), fixed by the
 * seed. Retired questions still resolve (old attempts and links); unknown ids are left out.
 */
export function prepareQuestions(bank: Bank, questionIds: readonly string[], seed: number): PreparedQuestion[] {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  return questionIds.flatMap((id) => {
    const q = byId.get(id);
    return q ? [prepareQuestion(q, seed)] : [];
  });
}
