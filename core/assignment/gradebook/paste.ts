// Finding result codes in whatever a teacher pastes: bare codes, result links, a whole e-mail or chat log.
import { quantity } from "@/core/format";
import type { DecodeFailure } from "../link/reasons";
import { resultProblem } from "../link/reasons";
import { decodeResult, type DecodedResult } from "../result/result-code";

export type PasteScan = {
  /** Each result once, in the order first seen (a link and its own code count once). */
  results: DecodedResult[];
  /** Why each thing that looked like a code could not be read. */
  failures: DecodeFailure[];
  /** Those things themselves, in the same order. */
  failedCodes: string[];
};

// A code is a run of base64url characters. After a "#", any run is meant as a code; elsewhere only a long run with
// both upper and lower case is, so the words of an e-mail ("Result", "cooperate-against-terrorism") are ignored.
const RUN = /#?[A-Za-z0-9_-]+/g;
const MIN_BARE_LENGTH = 20;

function looksLikeCode(run: string): boolean {
  if (run.startsWith("#")) return run.length > 1;
  return run.length >= MIN_BARE_LENGTH && /[A-Z]/.test(run) && /[a-z]/.test(run);
}

/** Finds every result code or result link in a pasted text, ignoring other words. */
export function scanPastedResults(text: string): PasteScan {
  const results = new Map<string, DecodedResult>();
  const failures: DecodeFailure[] = [];
  const failed = new Set<string>();
  for (const match of text.matchAll(RUN)) {
    const run = match[0];
    if (!looksLikeCode(run)) continue;
    const code = run.replace(/^#/, "");
    if (results.has(code) || failed.has(code)) continue;
    const d = decodeResult(code);
    if (d.ok) results.set(code, d.value);
    else {
      failed.add(code);
      failures.push(d.reason);
    }
  }
  return { results: [...results.values()], failures, failedCodes: [...failed] };
}

/** What adding a paste did, counted by the caller against the gradebook. */
export type PasteOutcome = {
  added: number;
  alreadyThere: number;
  /** Added results for an assignment this browser has not saved. */
  unsaved: number;
  failures: DecodeFailure[];
  /** The codes that failed, to name them by how they begin. */
  failedCodes?: readonly string[];
};

const SHOWN = 12;
/** A code as a teacher can find it in what they pasted: whole if short, else its first characters. */
const nameCode = (code: string) =>
  code.length > SHOWN + 2 ? `the code beginning “${code.slice(0, SHOWN)}…”` : `the code “${code}”`;

/** One line that says what was added, then (only when something failed) what to do about the rest. */
export function describePaste(outcome: PasteOutcome): string[] {
  const { added, alreadyThere, unsaved, failures } = outcome;
  if (added + alreadyThere + failures.length === 0)
    return ["No result codes or links were found in that text. Paste the code or link your student sent you."];
  const parts = [`Added ${quantity(added, "result")}`];
  if (alreadyThere) parts.push(`${alreadyThere} already in the gradebook`);
  if (unsaved) parts.push(`${unsaved} for an assignment not saved in this browser`);
  if (failures.length) parts.push(`${failures.length} could not be read`);
  const lines = [parts.length > 1 ? `${parts[0]} (${parts.slice(1).join("; ")}).` : `${parts[0]}.`];
  const named = (outcome.failedCodes ?? []).slice(0, 3).map(nameCode);
  const more = (outcome.failedCodes?.length ?? 0) - named.length;
  if (named.length)
    lines.push(
      `Not read: ${named.length > 1 ? `${named.slice(0, -1).join(", ")} and ${named.at(-1)}` : named[0]}${more > 0 ? ` (and ${quantity(more, "other")})` : ""}.`,
    );
  for (const reason of new Set(failures)) lines.push(resultProblem(reason));
  return lines;
}
