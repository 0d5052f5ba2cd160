// The gradebook's rules for result codes, whatever brings them (an inbox, a result link, a paste, an undo): one copy
// of each, a code the teacher removed comes back only when added again, and nothing held is dropped to make room.
import { MAX_REMOVED, MAX_RESULTS, type TeacherData } from "../saved/saved";

type Gradebook = Pick<TeacherData, "results" | "removed">;

export type AddedResults = Gradebook & {
  /** Codes new to the gradebook and now in it. */
  added: number;
  /** Codes new to the gradebook that did not fit under `max`: not added, so they must be fetched again later. */
  refused: number;
};

export type AddOptions = {
  /** The most results the gradebook holds. */
  max?: number;
  /** Leave out codes the teacher removed (an inbox fetching again) instead of bringing them back (a paste, an undo). */
  keepRemoved?: boolean;
};

/** Adds result codes (received at `now`): duplicates are skipped, a removed code is restored, none past the cap. */
export function addResultCodes(
  book: Gradebook,
  codes: readonly string[],
  now: number,
  { max = MAX_RESULTS, keepRemoved = false }: AddOptions = {},
): AddedResults {
  const have = new Set(book.results.map((r) => r.code));
  if (keepRemoved) for (const c of book.removed) have.add(c);
  const fresh = [...new Set(codes)].filter((c) => !have.has(c));
  const fits = fresh.slice(0, Math.max(0, max - book.results.length));
  const back = new Set(fits);
  return {
    results: [...book.results, ...fits.map((code) => ({ code, receivedAt: now }))],
    removed: book.removed.filter((c) => !back.has(c)),
    added: fits.length,
    refused: fresh.length - fits.length,
  };
}

/** Removes a result code and remembers it as removed, so another tab's copy does not bring it back. */
export function removeResultCode(book: Gradebook, code: string): Gradebook {
  return {
    results: book.results.filter((r) => r.code !== code),
    removed: [...book.removed.filter((c) => c !== code), code].slice(-MAX_REMOVED),
  };
}

/** Both sides' results (each code once, this side's first); removed codes stay removed; nothing is cut. */
export function combineResults(saved: Gradebook, mine: Gradebook): Gradebook {
  const removed = [...new Set([...saved.removed, ...mine.removed])].slice(-MAX_REMOVED);
  const gone = new Set(removed);
  const seen = new Set<string>();
  const results = [...mine.results, ...saved.results].filter((r) => {
    if (gone.has(r.code) || seen.has(r.code)) return false;
    seen.add(r.code);
    return true;
  });
  return { results, removed };
}

/** What to tell the teacher when `refused` results did not fit in the gradebook. */
export function gradebookFullMessage(refused: number, max = MAX_RESULTS): string {
  return `The gradebook on this device is full (${max.toLocaleString("en")} results): ${refused} more ${refused === 1 ? "result was" : "results were"} not added. Remove the results of an assignment you no longer need, then add them again.`;
}
