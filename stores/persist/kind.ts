// What a persisted store's data is: its key, version and empty value, and the rules to read and merge it (loaded
// on demand).
import type { EnvelopeRules } from "@/core/progress/envelope";
import { readItem, writeItem } from "@/lib/storage";

/** How a kind's saved data is read and merged: the part loaded only when there is saved data. */
export type SavedRules<D> = Pick<EnvelopeRules<D>, "validate" | "migrate"> & {
  /**
   * Combines what another tab saved with what this tab holds, so that neither loses finished work
   * (for example a union of attempts by id). Defaults to "saved wins". Also used to merge a restored backup.
   */
  combine?: (saved: D, mine: D) => D;
};

export type SavedKind<D> = {
  /** The localStorage key, from STORAGE_KEYS. */
  name: string;
  /** The version of the saved shape: older data is migrated, newer data is never written over. */
  version: number;
  /**
   * Loads the rules: the check (a schema module in core, with valibot), migrations and the two-tab merge. Called
   * only when there is saved data to read or merge, or a backup to restore, so a first visit never downloads them.
   * Use `() => import(...)`.
   */
  load: () => Promise<SavedRules<D>>;
  /** The data before anything is saved, and after a reset; its keys are the store's saved fields. */
  empty: D;
  /**
   * A tiny marker saved beside the data under `<name>:mark` on every save, for the pre-paint scripts, which must not
   * parse whole stores (components/ui/first-paint-rule.ts): "p" when it holds progress, "o" for a quiz in progress.
   */
  mark?: (data: D) => string;
  /**
   * Moves data an older version saved under another key into this kind's key: run before this kind's saved data is
   * read or replaced, never throwing. A promise when it has work to load first: the read waits for it.
   */
  prepare?: () => Promise<void> | void;
  /**
   * A teacher's data (assignments, gradebook, inbox keys): not the learner's progress, so "Reset progress" keeps it;
   * it is removed by its own action on the Teach pages.
   */
  teacherData?: true;
  /** What of this kind's data (current, or undefined) stays when the teacher's data is removed; null for nothing. */
  keepOnTeacherReset?: (data: unknown) => D | null;
  /** In a backup file that has no entry for this kind, where an older version kept its data (an envelope), if any. */
  fromOlderBackup?: () => Promise<(data: Record<string, unknown>) => unknown>;
};

/** Saves the kind's marker for `data` when it changed (it rarely does, and a save happens on every answer). */
export function saveMark<D>(kind: SavedKind<D>, data: D): void {
  if (!kind.mark) return;
  const key = `${kind.name}:mark`;
  const mark = kind.mark(data);
  // Compared with what storage holds, not with this tab's last write: another tab may have changed it.
  if (readItem(key) !== mark) writeItem(key, mark);
}

/** The saved fields of a store's state: the keys of its kind's empty data. */
export function savedPart<D>(kind: SavedKind<D>, state: object): D {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(kind.empty as object)) out[k] = (state as Record<string, unknown>)[k];
  return out as D;
}
