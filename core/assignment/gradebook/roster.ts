// A class list for an assignment: the names the teacher expects, so the gradebook can say who has not handed in and
// which results come from a name not on the list. Names match trimmed and ignoring case ("ana " is "Ana").
import { foldName, type StudentRow } from "./gradebook";

/** Most names kept from one paste, and the longest name: a class list, not a file. */
export const ROSTER_LIMITS = { names: 500, nameLength: 100 } as const;

/** The names of a pasted list, one a line (a spreadsheet column pastes as lines), each once, in the order given. */
export function parseRoster(text: string): string[] {
  const seen = new Set<string>();
  const names: string[] = [];
  for (const line of text.split(/\r?\n|\t/)) {
    const name = line.trim().replace(/\s+/g, " ").slice(0, ROSTER_LIMITS.nameLength);
    const folded = foldName(name);
    if (!folded || seen.has(folded)) continue;
    seen.add(folded);
    names.push(name);
  }
  return names.slice(0, ROSTER_LIMITS.names);
}

export type RosterStatus = {
  /** Names on the list with no result, in the list's order. */
  missing: string[];
  /** Keys of the rows whose name is not on the list. */
  notOnList: Set<string>;
};

/** Who on the class list has not handed in, and which results come from names not on it. */
export function rosterStatus(
  roster: readonly string[],
  rows: readonly Pick<StudentRow, "key" | "name">[],
): RosterStatus {
  const handedIn = new Set(rows.map((r) => foldName(r.name)));
  const listed = new Set(roster.map(foldName));
  return {
    missing: roster.filter((name) => !handedIn.has(foldName(name))),
    notOnList: new Set(rows.filter((r) => !listed.has(foldName(r.name))).map((r) => r.key)),
  };
}
