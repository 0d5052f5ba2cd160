// A kind's check of saved data (its schema, with the envelope rules: version, migrations) and its two-tab merge,
// loaded the first time there is saved data to read. A first visit, with nothing saved, never downloads them.
import type { ReadResult } from "@/core/progress/envelope";
import type { SavedKind } from "./kind";

export type Check<D> = {
  /** Reads the stored text of an envelope: refuses newer versions, migrates older ones, validates. Never throws. */
  parse: (raw: string) => ReadResult<D>;
  /** The same for an envelope already parsed from JSON (a backup's entry). */
  read: (envelope: unknown) => ReadResult<D>;
  /** The kind's two-tab merge (see SavedRules), if it has one. */
  combine?: (saved: D, mine: D) => D;
};

// By kind object: each kind is one constant (stores/saved/*), loaded at most once per page.
const loaded = new WeakMap<object, Check<unknown>>();
const loading = new WeakMap<object, Promise<Check<unknown>>>();

/** The kind's check if it has been loaded, else undefined. */
export function loadedCheck<D>(kind: SavedKind<D>): Check<D> | undefined {
  return loaded.get(kind) as Check<D> | undefined;
}

/** Loads the kind's check once; a failed load (its file did not download) is tried again on the next call. */
export function loadCheck<D>(kind: SavedKind<D>): Promise<Check<D>> {
  const key: object = kind;
  let pending = loading.get(key);
  if (!pending) {
    pending = Promise.all([import("@/core/progress/envelope"), kind.load()]).then(
      ([envelope, loadedRules]) => {
        const rules = { version: kind.version, ...loadedRules };
        const check: Check<D> = {
          parse: (raw) => envelope.parseEnvelope(raw, rules),
          read: (value) => envelope.readEnvelope(value, rules),
          combine: loadedRules.combine,
        };
        loaded.set(key, check as Check<unknown>);
        return check as Check<unknown>;
      },
      (error: unknown) => {
        loading.delete(key);
        throw error;
      },
    );
    loading.set(key, pending);
  }
  return pending as Promise<Check<D>>;
}
