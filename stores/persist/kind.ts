// What a persisted store's data is: its key, version, schema (loaded on demand), two-tab merge and empty value.
import type { EnvelopeRules } from "@/core/progress/envelope";

/** The check of a kind's saved data and its migrations from older versions: the part loaded only when needed. */
export type SavedSchema<D> = Pick<EnvelopeRules<D>, "validate" | "migrate">;

export type SavedKind<D> = {
  /** The localStorage key, from STORAGE_KEYS. */
  name: string;
  /** The version of the saved shape: older data is migrated, newer data is never written over. */
  version: number;
  /**
   * Loads the check (a schema module in core, with valibot): called only when there is saved data to read, another
   * tab's data to merge, or a backup to restore, so a first visit never downloads it. Use `() => import(...)`.
   */
  schema: () => Promise<SavedSchema<D>>;
  /** The data before anything is saved, and after a reset; its keys are the store's saved fields. */
  empty: D;
  /**
   * Combines what another tab saved with what this tab holds, so that neither loses finished work
   * (for example a union of attempts by id). Defaults to "saved wins". Also used to merge a restored backup.
   */
  combine?: (saved: D, mine: D) => D;
};

/** The saved fields of a store's state: the keys of its kind's empty data. */
export function savedPart<D>(kind: SavedKind<D>, state: object): D {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(kind.empty as object)) out[k] = (state as Record<string, unknown>)[k];
  return out as D;
}
