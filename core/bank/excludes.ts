import type { Question } from "./schema";
import { compareIds } from "../compare";

// Questions that give each other's answers away (Question.excludes) must not meet in one quiz. The relation is
// symmetric in a valid bank (checks.ts); these functions read it from both sides anyway, so a one-sided entry still
// keeps the pair apart.

type WithExcludes = Pick<Question, "id" | "excludes">;

/** For each question id, the ids it must not share a quiz with, limited to `questions`. */
export function excludeMap(questions: readonly WithExcludes[]): Map<string, Set<string>> {
  const ids = new Set(questions.map((q) => q.id));
  const map = new Map<string, Set<string>>(questions.map((q) => [q.id, new Set<string>()]));
  for (const q of questions)
    for (const other of q.excludes ?? [])
      if (ids.has(other) && other !== q.id) {
        map.get(q.id)?.add(other);
        map.get(other)?.add(q.id);
      }
  return map;
}

/** The pairs among `ids` that give each other away, each once, in the order of `ids`: what the teacher is warned of. */
export function excludedPairs(questions: readonly WithExcludes[], ids: readonly string[]): Array<[string, string]> {
  const chosen = new Set(ids);
  const map = excludeMap(questions.filter((q) => chosen.has(q.id)));
  const pairs: Array<[string, string]> = [];
  ids.forEach((a, i) => {
    for (const b of ids.slice(i + 1)) if (map.get(a)?.has(b)) pairs.push([a, b]);
  });
  return pairs;
}

/**
 * A large set of questions no two of which exclude each other: questions with the fewest conflicts first, then by
 * id. Deterministic, so "how many questions can one quiz hold" has one answer for a given pool.
 */
export function compatibleSet<Q extends WithExcludes>(pool: readonly Q[]): Q[] {
  const map = excludeMap(pool);
  const order = [...pool].sort(
    (a, b) => (map.get(a.id)?.size ?? 0) - (map.get(b.id)?.size ?? 0) || compareIds(a.id, b.id),
  );
  const picked = new Set<string>();
  const out: Q[] = [];
  for (const q of order)
    if (![...(map.get(q.id) ?? [])].some((o) => picked.has(o))) {
      picked.add(q.id);
      out.push(q);
    }
  return out;
}

/**
 * The candidates, in order, that can join `selected` without giving away (or being given away by) a question already
 * chosen or added before them: what "pick N at random" adds.
 */
export function compatibleAdditions<Q extends WithExcludes>(
  questions: readonly WithExcludes[],
  selected: readonly string[],
  candidates: readonly Q[],
): Q[] {
  const map = excludeMap(questions);
  const blocked = new Set<string>();
  for (const id of selected) for (const other of map.get(id) ?? []) blocked.add(other);
  const out: Q[] = [];
  for (const q of candidates) {
    if (blocked.has(q.id) || selected.includes(q.id)) continue;
    out.push(q);
    for (const other of map.get(q.id) ?? []) blocked.add(other);
  }
  return out;
}
