// Old results stay right after bank edits. Answers travel in result codes as positions in the bank's own order (see
// core/assignment/answers.ts): single and multiple by option, match by pair of the key, order by item of the key. So
// once a question is published, those lists may only grow at the end: reordering, inserting, removing or rewording
// an entry would silently re-grade every result already sent. To change one, give the question a new id (and retire
// the old one). questions/<article>/published-options.json records each published question's lists; it is only ever
// appended to (new questions, entries added at the end) by `npm run prebuild` (scripts/build-bank.ts).
import type { Question } from "./schema";

/** By question id: the entries whose positions results carry, in bank order. */
export type PublishedOptions = Record<string, string[]>;

/** The entries of a question whose positions travel in results; null for types that send no positions. */
export function positionalEntries(q: Question): string[] | null {
  switch (q.type) {
    case "single":
    case "multiple":
      return q.options.map((o) => o.text);
    case "match":
      return q.answer.map((p) => `${p.left} → ${p.right}`);
    case "order":
      return q.answer;
    default:
      return null;
  }
}

/** Every published question whose lists changed other than by growing at the end, in words. */
export function publishedProblems(
  published: PublishedOptions,
  questions: readonly Question[],
): { id: string; problem: string }[] {
  const problems: { id: string; problem: string }[] = [];
  for (const q of questions) {
    const before = published[q.id];
    const now = positionalEntries(q);
    if (!before || !now) continue;
    const changed = before.findIndex((entry, i) => now[i] !== entry);
    if (changed >= 0)
      problems.push({
        id: q.id,
        problem:
          `published options changed at position ${changed + 1} (was "${before[changed]}", now ` +
          `${now[changed] === undefined ? "missing" : `"${now[changed]}"`}): results sent before would be re-graded. ` +
          "Only add options at the end, or give the question a new id and retire this one.",
      });
  }
  return problems;
}

/** The record with every question's current lists: new questions added, lists that grew extended. */
export function appendPublished(published: PublishedOptions, questions: readonly Question[]): PublishedOptions {
  const out: PublishedOptions = { ...published };
  for (const q of questions) {
    const now = positionalEntries(q);
    if (!now) continue;
    const before = out[q.id];
    if (!before || (now.length > before.length && before.every((e, i) => now[i] === e))) out[q.id] = now;
  }
  return out;
}
