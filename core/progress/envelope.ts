// The saved form of a persisted store ({ state, version, epoch }) and how to read it back safely.
// Shared by the storage adapter (stores/persisted.ts) and backup restore, so both apply the same rules.
import { takeSetAside } from "../set-aside";

export type Envelope<D> = { state: D; version: number; epoch?: string };

/** One function per version step: steps[n] turns data of version n into data of version n + 1. */
export type MigrationSteps = Record<number, (data: unknown) => unknown>;

export type EnvelopeRules<D> = {
  version: number;
  validate: (data: unknown) => D | null;
  migrate?: (data: unknown, fromVersion: number) => unknown;
};

export type ReadResult<D> =
  | {
      ok: true;
      state: D;
      epoch: string | undefined;
      migrated: boolean;
      /** Items of the store's lists and maps that could not be read and were left out (the rest is kept). */
      setAside: number;
    }
  | { ok: false; reason: "corrupt" | "newer" };

/** Builds a `migrate(data, fromVersion)` that applies each step in turn up to `toVersion`; throws if a step is missing. */
export function chainMigrations(
  steps: MigrationSteps,
  toVersion: number,
): (data: unknown, fromVersion: number) => unknown {
  return (data, fromVersion) => {
    let out = data;
    for (let v = fromVersion; v < toVersion; v++) {
      const step = steps[v];
      if (!step) throw new Error(`no migration from version ${v}`);
      out = step(out);
    }
    return out;
  };
}

/** Reads a parsed envelope: refuses newer versions, migrates older ones, validates the result. Never throws. */
export function readEnvelope<D>(parsed: unknown, rules: EnvelopeRules<D>): ReadResult<D> {
  if (typeof parsed !== "object" || parsed === null || !("state" in parsed)) return { ok: false, reason: "corrupt" };
  const { version, epoch } = parsed as { version?: unknown; epoch?: unknown };
  if (typeof version !== "number" || !Number.isInteger(version) || version < 0) return { ok: false, reason: "corrupt" };
  if (version > rules.version) return { ok: false, reason: "newer" };
  let state = (parsed as { state: unknown }).state;
  const migrated = version < rules.version;
  if (migrated) {
    if (!rules.migrate) return { ok: false, reason: "corrupt" };
    try {
      state = rules.migrate(state, version);
    } catch {
      return { ok: false, reason: "corrupt" };
    }
  }
  let valid: D | null;
  takeSetAside();
  try {
    valid = rules.validate(state);
  } catch {
    valid = null;
  }
  const setAside = takeSetAside().length;
  if (valid === null) return { ok: false, reason: "corrupt" };
  return { ok: true, state: valid, epoch: typeof epoch === "string" ? epoch : undefined, migrated, setAside };
}

/** Parses the raw text of a stored envelope; see readEnvelope. */
export function parseEnvelope<D>(raw: string, rules: EnvelopeRules<D>): ReadResult<D> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return { ok: false, reason: "corrupt" };
  }
  return readEnvelope(parsed, rules);
}
