"use client";

// Backup, restore and reset over every kind of saved data (the one list in ./saved-kinds), plus the plain keys below,
// whether or not this page has loaded the store. Adding a persisted store needs no change here.
import type { BackupPart } from "@/core/progress/backup";
import { createBackup, parseBackup, planRestore, readBackupFile } from "@/core/progress/backup";
import { readItem, removeItem, STORAGE_KEYS, writeItem } from "@/lib/storage";
import { downloadFile } from "@/lib/download";
import { loadCheck } from "./persist/check";
import { currentData, replacePersisted } from "./persist/replace";
import { SAVED_KINDS } from "./saved-kinds";

/** Keys saved as plain strings rather than store envelopes. */
const PLAIN_PARTS: BackupPart<string>[] = [
  {
    key: STORAGE_KEYS.theme,
    read: (v) => (v === "light" || v === "dark" ? { ok: true, data: v } : { ok: false, reason: "corrupt" }),
    // The theme chosen on this device wins over the backup's.
    combine: (here) => here,
  },
  {
    key: STORAGE_KEYS.cardDirection,
    read: (v) => (v === "front" || v === "back" ? { ok: true, data: v } : { ok: false, reason: "corrupt" }),
    // Like the theme, a preference of this device.
    combine: (here) => here,
  },
  {
    key: STORAGE_KEYS.teachDraft,
    // Read field by field where it is used (core/assignment/draft.ts); here only its shape, a JSON object.
    read: (v) =>
      typeof v === "string" && v.startsWith("{") ? { ok: true, data: v } : { ok: false, reason: "corrupt" },
    // The assignment being built on this device wins over the backup's.
    combine: (here) => here,
  },
];

/** The keys saved as plain strings (the theme, the flashcard direction), for tests that every key is covered. */
export const PLAIN_KEYS: readonly string[] = PLAIN_PARTS.map((p) => p.key);

/** The backup parts: every kind of saved data (its check loaded), then the plain keys. */
export async function backupParts(): Promise<BackupPart[]> {
  const stores: BackupPart[] = await Promise.all(
    SAVED_KINDS.map(async (kind): Promise<BackupPart> => {
      const check = await loadCheck(kind);
      return {
        key: kind.name,
        read: (value) => {
          const r = check.read(value);
          return r.ok ? { ok: true, data: r.state } : { ok: false, reason: r.reason };
        },
        combine: (here, incoming) => (check.combine ? check.combine(here, incoming) : incoming),
        fromOlder: kind.fromOlderBackup ? await kind.fromOlderBackup() : undefined,
      };
    }),
  );
  return [...stores, ...(PLAIN_PARTS as BackupPart[])];
}

/** What is here now, per key, in current (migrated) form. */
async function dataHere(): Promise<Record<string, unknown>> {
  const out: Record<string, unknown> = {};
  for (const kind of SAVED_KINDS) out[kind.name] = await currentData(kind);
  for (const p of PLAIN_PARTS) out[p.key] = readItem(p.key) ?? undefined;
  return out;
}

/** Builds the backup file of everything here now. */
export async function buildBackup(now: number) {
  const data: Record<string, unknown> = {};
  const versions = new Map(SAVED_KINDS.map((kind) => [kind.name, kind.version]));
  for (const [key, value] of Object.entries(await dataHere())) {
    if (value === undefined) continue;
    const version = versions.get(key);
    data[key] = version === undefined ? value : { state: value, version };
  }
  return createBackup(data, now);
}

/** Starts a download of a text file (JSON). */
export function downloadText(fileName: string, text: string) {
  downloadFile(fileName, [text], "application/json");
}

/** Validates a backup's text against every kind of saved data. */
export async function readBackup(text: string) {
  return parseBackup(text, await backupParts());
}

/** Validates a backup file already read from JSON (a sync copy) against every kind of saved data. */
export async function readBackupValue(file: unknown) {
  return readBackupFile(file, await backupParts());
}

/** Writes restored data: merged with what is here, or replacing it. Returns false if something could not be saved. */
export async function applyRestore(
  incoming: Record<string, unknown>,
  mode: "merge" | "replace",
  now: number,
): Promise<boolean> {
  const parts = await backupParts();
  const plan = planRestore(await dataHere(), incoming, parts, mode);
  const kinds = new Map(SAVED_KINDS.map((kind) => [kind.name, kind]));
  let ok = true;
  for (const [key, value] of Object.entries(plan)) {
    // Merging leaves keys that neither side holds alone.
    if (mode === "merge" && (value === null || value === undefined)) continue;
    const kind = kinds.get(key);
    if (kind) ok = (await replacePersisted(kind, value ?? null, now)).ok && ok;
    else if (value === null || value === undefined) removeItem(key);
    else ok = writeItem(key, String(value)).ok && ok;
  }
  // Let listeners on this page (theme) pick up plain keys as another tab's change would.
  for (const p of PLAIN_PARTS) window.dispatchEvent(new StorageEvent("storage", { key: p.key }));
  return ok;
}

/**
 * Clears the learner's own progress: quizzes, flashcards, their own assignment attempts and hand-ins. The theme stays,
 * and so does a teacher's data (assignments, gradebook, inbox keys and results waiting to be sent): see
 * resetTeacherData.
 */
export async function resetProgress(now: number): Promise<boolean> {
  let ok = true;
  for (const kind of SAVED_KINDS) if (!kind.teacherData) ok = (await replacePersisted(kind, null, now)).ok && ok;
  return ok;
}

/**
 * Removes the teacher's data from this browser: assignments, gradebook codes, inbox keys (the server keeps its
 * results). A student's results waiting to be sent to an inbox are not the teacher's: they stay.
 */
export async function resetTeacherData(now: number): Promise<boolean> {
  let ok = true;
  for (const kind of SAVED_KINDS) {
    if (!kind.teacherData) continue;
    const keep = kind.keepOnTeacherReset?.(await currentData(kind)) ?? null;
    ok = (await replacePersisted(kind, keep, now)).ok && ok;
  }
  return ok;
}
