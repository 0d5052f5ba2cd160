// The backup file: one JSON document holding every persisted key, with a checksum so a damaged or edited file is
// refused before anything changes. Generic over "parts": each persisted key brings its own reader and merge.
import { hashString } from "../bank/hash";

export const BACKUP_APP = "debrief";
export const BACKUP_SCHEMA_VERSION = 1;

export type BackupFile = {
  app: typeof BACKUP_APP;
  schemaVersion: number;
  /** ISO 8601, UTC. */
  exportedAt: string;
  checksum: string;
  /** Storage key to its saved value (a store's { state, version } envelope, or a plain value such as the theme). */
  data: Record<string, unknown>;
};

export type PartRead<D> = { ok: true; data: D } | { ok: false; reason: "corrupt" | "newer" };

/** How one storage key takes part in backup and restore. */
export type BackupPart<D = unknown> = {
  key: string;
  /** Reads this key's value from a backup into current data (migrating older versions). */
  read: (value: unknown) => PartRead<D>;
  /** Merges what is here with what the backup holds; neither side's finished work may be lost. */
  combine: (here: D, incoming: D) => D;
  /** Where a file from an older version kept this key's value when it has no entry of its own (undefined: nowhere). */
  fromOlder?: (data: Record<string, unknown>) => unknown;
};

export type BackupProblem = "not-json" | "other-app" | "newer" | "damaged" | "empty";

export type BackupSummary = {
  /** Per key, the collections it holds and how many items each has ("attempts": 3). */
  counts: { key: string; label: string; count: number }[];
  /** Earliest and latest time (epoch ms) found in the data, if any. */
  from?: number;
  to?: number;
};

export type ParsedBackup = {
  exportedAt: number;
  /** Only the keys this app knows, already migrated and validated. */
  entries: Record<string, unknown>;
  summary: BackupSummary;
};

export const BACKUP_MESSAGES: Record<BackupProblem, string> = {
  "not-json":
    "This file could not be read: it is not a Debrief backup, or it is cut short or damaged (it is not valid JSON). Nothing was changed.",
  "other-app": "This file was not made by Debrief. Nothing was changed.",
  newer:
    "This backup was made by a newer version of Debrief. Reload the page to update the app, then try again. Nothing was changed.",
  damaged: "This backup is damaged or was edited: its contents do not match its checksum. Nothing was changed.",
  empty: "This backup holds no progress. Nothing was changed.",
};

/** JSON with object keys sorted at every level, so the checksum does not depend on key order. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((v) => canonicalJson(v === undefined ? null : v)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value) ?? "null";
}

/** The checksum of a backup's data. */
export function backupChecksum(data: Record<string, unknown>): string {
  return hashString(canonicalJson(data));
}

/** Builds a backup file from the saved values of each key (null or undefined values are left out). */
export function createBackup(data: Record<string, unknown>, now: number): BackupFile {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(data)) if (value !== null && value !== undefined) kept[key] = value;
  return {
    app: BACKUP_APP,
    schemaVersion: BACKUP_SCHEMA_VERSION,
    exportedAt: new Date(now).toISOString(),
    checksum: backupChecksum(kept),
    data: kept,
  };
}

/** A file name such as debrief-backup-2025-05-01-1432.json (UTC). */
export function backupFileName(now: number, prefix = "debrief-backup"): string {
  const iso = new Date(now).toISOString();
  return `${prefix}-${iso.slice(0, 10)}-${iso.slice(11, 13)}${iso.slice(14, 16)}.json`;
}

type BackupRead = { ok: true; value: ParsedBackup } | { ok: false; reason: BackupProblem };

/** Validates a backup file's text completely before anything is changed. */
export function parseBackup(text: string, parts: readonly BackupPart[]): BackupRead {
  let file: unknown;
  try {
    file = JSON.parse(text);
  } catch {
    return { ok: false, reason: "not-json" };
  }
  return readBackupFile(file, parts);
}

/** Validates a backup file already read from JSON (a sync copy arrives so) completely before anything is changed. */
export function readBackupFile(file: unknown, parts: readonly BackupPart[]): BackupRead {
  if (typeof file !== "object" || file === null || (file as { app?: unknown }).app !== BACKUP_APP)
    return { ok: false, reason: "other-app" };
  const { schemaVersion, exportedAt, checksum, data } = file as Partial<Record<keyof BackupFile, unknown>>;
  if (typeof schemaVersion !== "number" || !Number.isInteger(schemaVersion) || schemaVersion < 1)
    return { ok: false, reason: "damaged" };
  if (schemaVersion > BACKUP_SCHEMA_VERSION) return { ok: false, reason: "newer" };
  if (typeof data !== "object" || data === null || Array.isArray(data)) return { ok: false, reason: "damaged" };
  if (typeof checksum !== "string" || checksum !== backupChecksum(data as Record<string, unknown>))
    return { ok: false, reason: "damaged" };
  const exported = typeof exportedAt === "string" ? Date.parse(exportedAt) : NaN;
  if (Number.isNaN(exported)) return { ok: false, reason: "damaged" };

  const entries: Record<string, unknown> = {};
  for (const part of parts) {
    const value =
      part.key in data
        ? (data as Record<string, unknown>)[part.key]
        : part.fromOlder?.(data as Record<string, unknown>);
    if (value === undefined) continue;
    const read = part.read(value);
    if (!read.ok) return { ok: false, reason: read.reason === "newer" ? "newer" : "damaged" };
    entries[part.key] = read.data;
  }
  if (Object.keys(entries).length === 0) return { ok: false, reason: "empty" };
  return { ok: true, value: { exportedAt: exported, entries, summary: summarizeData(entries, exported) } };
}

/**
 * What the restored data will be, per key: "merge" combines each key with what is here, "replace" takes the backup
 * and clears keys the backup does not hold (null).
 */
export function planRestore(
  here: Record<string, unknown>,
  incoming: Record<string, unknown>,
  parts: readonly BackupPart[],
  mode: "merge" | "replace",
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const part of parts) {
    const mine = here[part.key];
    const theirs = incoming[part.key];
    const hasMine = mine !== undefined && mine !== null;
    const hasTheirs = theirs !== undefined && theirs !== null;
    if (mode === "replace") out[part.key] = hasTheirs ? theirs : null;
    else if (hasMine && hasTheirs) out[part.key] = part.combine(mine, theirs);
    else out[part.key] = hasTheirs ? theirs : hasMine ? mine : null;
  }
  return out;
}

// Epoch milliseconds between 2000 and 2100: numbers in that range are taken to be times.
const MIN_TIME = 946_684_800_000;
const MAX_TIME = 4_102_444_800_000;

function humanize(key: string): string {
  return key
    .replace(/([a-z])([A-Z])/g, "$1 $2")
    .replace(/[-_]+/g, " ")
    .toLowerCase();
}

/**
 * What each saved collection is, in the learner's words (one, many). Fields not listed for a known store are working
 * state (a session in progress, settings, ids set aside) and are not counted.
 */
const PLAIN_WORDS: Record<string, Record<string, [string, string]>> = {
  "debrief:quiz": {
    attempts: ["finished quiz", "finished quizzes"],
    history: ["question answered", "questions answered"],
  },
  "debrief:cards": {
    cards: ["flashcard studied", "flashcards studied"],
    logs: ["flashcard review", "flashcard reviews"],
  },
  "debrief:teacher": {
    assignments: ["saved assignment", "saved assignments"],
    results: ["student result", "student results"],
  },
  "debrief:student": {
    handedIn: ["assignment handed in", "assignments handed in"],
  },
};

/**
 * A plain description of saved data: how many quizzes, answers, reviews and so on it holds, and the span of activity
 * (times after `madeAt`, such as when a card is next due, are plans rather than activity and do not count).
 */
export function summarizeData(entries: Record<string, unknown>, madeAt = MAX_TIME): BackupSummary {
  const counts: BackupSummary["counts"] = [];
  let from: number | undefined;
  let to: number | undefined;
  const visit = (v: unknown, depth: number) => {
    if (depth > 12) return;
    if (typeof v === "number" && v >= MIN_TIME && v <= Math.min(MAX_TIME, madeAt)) {
      from = from === undefined ? v : Math.min(from, v);
      to = to === undefined ? v : Math.max(to, v);
    } else if (Array.isArray(v)) v.forEach((x) => visit(x, depth + 1));
    else if (v !== null && typeof v === "object") Object.values(v).forEach((x) => visit(x, depth + 1));
  };
  for (const [key, value] of Object.entries(entries)) {
    visit(value, 0);
    if (value === null || typeof value !== "object" || Array.isArray(value)) continue;
    const words = PLAIN_WORDS[key];
    for (const [field, inner] of Object.entries(value)) {
      const count = Array.isArray(inner)
        ? inner.length
        : inner !== null && typeof inner === "object"
          ? Object.keys(inner).length
          : undefined;
      if (count === undefined || count === 0) continue;
      if (words && !words[field]) continue;
      const label = words ? words[field]![count === 1 ? 0 : 1] : humanize(field);
      counts.push({ key, label, count });
    }
  }
  return { counts, from, to };
}
