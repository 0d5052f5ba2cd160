"use client";

// Keeping progress on several devices: one encrypted copy per sync link on the Debrief server. A sync reads the copy,
// merges it into this browser with the same per-kind merges as restoring a backup, and writes the result back over the
// version it read (another device that wrote meanwhile makes it read and merge again). Loaded only when sync is on.
import { deriveKeys, IV_BYTES, open, seal } from "@/core/sync/cipher";
import { linkToken, parseLinkToken, SECRET_BYTES, toBase64url, type SyncLink } from "@/core/sync/link";
import { packPayload, unpackPayload } from "@/core/sync/payload";
import { createBackup, type BackupFile } from "@/core/progress/backup";
import { readItem, removeItem, STORAGE_KEYS, writeItem } from "@/lib/storage";
import { createSpace, deleteSpace, randomBytes, readCopy, writeCopy, type SyncFailure } from "@/lib/sync-client";
import { applyRestore, buildBackup, PLAIN_KEYS, readBackupValue } from "./backup";
import { SAVED_KINDS } from "./saved-kinds";

/** What this device keeps about its sync: the link, and the version and data checksum it last read or wrote. */
export type SyncState = { link: string; version: number; checksum: string | null; syncedAt: number | null };

export type SyncProblem = SyncFailure["kind"] | "damaged" | "newer";
export type SyncOutcome = { ok: true; state: SyncState } | { ok: false; kind: SyncProblem; message: string };

/** The app's own server (a sync link opens on the site that made it). */
const SERVER = "";
const MAX_CONFLICTS = 4;

export const SYNC_MESSAGES = {
  refused: "This sync link is incomplete or was changed. Nothing was changed.",
  gone: "This sync link no longer works: its copy was deleted, replaced by a new link, or expired. Nothing was changed.",
  damaged: "The synced copy could not be read with this link. Nothing was changed.",
  newer: "The synced copy was made by a newer version of Debrief. Reload the page to update the app, then sync again.",
} as const;

export function readSyncState(): SyncState | null {
  try {
    const v = JSON.parse(readItem(STORAGE_KEYS.sync) ?? "null") as Partial<SyncState> | null;
    if (!v || typeof v.link !== "string" || !parseLinkToken(v.link).ok || typeof v.version !== "number") return null;
    return {
      link: v.link,
      version: v.version,
      checksum: typeof v.checksum === "string" ? v.checksum : null,
      syncedAt: typeof v.syncedAt === "number" ? v.syncedAt : null,
    };
  } catch {
    return null;
  }
}

/** Marks the page while this device syncs (data-syncs on <html>): the footer then says what leaves the device. */
function markSyncing(on: boolean): void {
  if (on) document.documentElement.dataset.syncs = "";
  else delete document.documentElement.dataset.syncs;
}

function saveSyncState(state: SyncState): void {
  writeItem(STORAGE_KEYS.sync, JSON.stringify(state));
  markSyncing(true);
}

/** Whether a storage key holds synced progress (another tab's save of it calls for a sync). */
export function isSyncedKey(key: string | null): boolean {
  return SAVED_KINDS.some((k) => k.name === key);
}

/** The copy's contents: every kind of saved progress, without this device's preferences (theme, card side, draft). */
async function payload(now: number): Promise<BackupFile> {
  const data = { ...(await buildBackup(now)).data };
  for (const key of PLAIN_KEYS) delete data[key];
  return createBackup(data, now);
}

const failure = (kind: SyncProblem, message: string): SyncOutcome => ({ ok: false, kind, message });

/** A link that no longer works or is refused in this app's words; anything else (offline, too large) in the server's. */
const serverMessage = (f: SyncFailure) =>
  f.kind === "gone" || f.kind === "refused" ? SYNC_MESSAGES[f.kind] : f.message;

/** Reads the copy, merges it here, writes the union back. A failure changes nothing here. */
async function syncWith(state: SyncState): Promise<SyncOutcome> {
  const link = parseLinkToken(state.link);
  if (!link.ok) return failure("refused", SYNC_MESSAGES.refused);
  const { spaceId } = link.value;
  const keys = await deriveKeys(crypto.subtle, link.value.secret);
  if (!keys) return failure("refused", SYNC_MESSAGES.refused);
  let known = state;
  for (let round = 0; round < MAX_CONFLICTS; round++) {
    const copy = await readCopy(SERVER, spaceId, keys.token);
    if (!copy.ok) return failure(copy.kind, serverMessage(copy));
    let remoteChecksum = copy.version === known.version ? known.checksum : null;
    if (copy.version !== known.version && copy.bytes.length > 0) {
      const opened = await open(crypto.subtle, keys.key, spaceId, copy.version, copy.bytes);
      if (!opened.ok)
        return failure(
          opened.reason === "newer" ? "newer" : "damaged",
          SYNC_MESSAGES[opened.reason === "newer" ? "newer" : "damaged"],
        );
      const file = await unpackPayload(opened.value);
      if (file === null) return failure("damaged", SYNC_MESSAGES.damaged);
      const parsed = await readBackupValue(file);
      if (!parsed.ok && parsed.reason !== "empty")
        return failure(
          parsed.reason === "newer" ? "newer" : "damaged",
          SYNC_MESSAGES[parsed.reason === "newer" ? "newer" : "damaged"],
        );
      if (parsed.ok && !(await applyRestore(parsed.value.entries, "merge", Date.now())))
        return failure("other", "The synced progress could not be saved in this browser (see the notice at the top).");
      remoteChecksum = (file as { checksum?: string }).checksum ?? null;
    }
    const now = Date.now();
    const mine = await payload(now);
    if (mine.checksum === remoteChecksum) {
      known = { ...known, version: copy.version, checksum: remoteChecksum, syncedAt: now };
      saveSyncState(known);
      return { ok: true, state: known };
    }
    const next = copy.version + 1;
    const sealed = await seal(crypto.subtle, keys.key, spaceId, next, await packPayload(mine), randomBytes(IV_BYTES));
    const written = await writeCopy(SERVER, spaceId, keys.token, copy.version, sealed);
    if (written.ok) {
      known = { ...known, version: written.version, checksum: mine.checksum, syncedAt: now };
      saveSyncState(known);
      return { ok: true, state: known };
    }
    if (written.kind !== "conflict") return failure(written.kind, serverMessage(written));
    // Another device wrote first: read its copy and merge again.
  }
  return failure("retry", "another device kept syncing at the same moment");
}

let running: Promise<unknown> = Promise.resolve();
/** One sync at a time on this page: a second waits for the first, then runs against what it left. */
function serial<T>(task: () => Promise<T>): Promise<T> {
  const next = running.then(task, task);
  running = next.catch(() => undefined);
  return next;
}

/** Syncs this device's progress with its link's copy, if sync is on. */
export function syncNow(): Promise<SyncOutcome | null> {
  return serial(async () => {
    const state = readSyncState();
    return state ? syncWith(state) : null;
  });
}

/** Makes a new sync space for this device's progress and writes the first copy. */
export async function turnOn(): Promise<SyncOutcome> {
  return serial(async () => {
    const secret = toBase64url(randomBytes(SECRET_BYTES));
    const keys = await deriveKeys(crypto.subtle, secret);
    if (!keys) return failure("other", "This browser could not make a key.");
    const made = await createSpace(SERVER, keys.token);
    if (!made.ok) return failure(made.kind, made.message);
    const state: SyncState = {
      link: linkToken({ spaceId: made.id, secret }),
      version: 0,
      checksum: null,
      syncedAt: null,
    };
    saveSyncState(state);
    const first = await syncWith(state);
    return first.ok ? first : { ok: true, state };
  });
}

/**
 * Joins the copy of a link opened on this device: its progress and this device's are merged and written back. A
 * link that is refused or gone changes nothing (and leaves any earlier sync of this device as it was).
 */
export async function join(link: SyncLink): Promise<SyncOutcome> {
  return serial(async () => {
    const current = readSyncState();
    const token = linkToken(link);
    const state: SyncState =
      current?.link === token ? current : { link: token, version: -1, checksum: null, syncedAt: null };
    const outcome = await syncWith(state);
    // Offline: keep the link and sync when the server answers. This device's earlier link (if any) is only dropped
    // here: its copy may be another device's too.
    if (!outcome.ok && outcome.kind === "retry") saveSyncState(state);
    return outcome;
  });
}

/** Deletes a link's copy on the server. */
async function deleteCopyOf(token: string): Promise<{ ok: true } | SyncFailure> {
  const link = parseLinkToken(token);
  const keys = link.ok ? await deriveKeys(crypto.subtle, link.value.secret) : null;
  if (!link.ok || !keys) return { ok: true };
  return deleteSpace(SERVER, link.value.spaceId, keys.token);
}

/** "Stop syncing and delete the copy": deletes the copy on the server, then forgets the link here. */
export async function stopSyncing(): Promise<{ ok: true } | SyncFailure> {
  return serial(async () => {
    const state = readSyncState();
    if (!state) return { ok: true };
    const res = await deleteCopyOf(state.link);
    // A copy that is already gone is what was asked for.
    if (!res.ok && res.kind !== "gone" && res.kind !== "refused") return res;
    removeItem(STORAGE_KEYS.sync);
    markSyncing(false);
    return { ok: true };
  });
}

/** Forgets the link on this device only (after the server said the link no longer works). */
export function forgetLink(): void {
  removeItem(STORAGE_KEYS.sync);
  markSyncing(false);
}

/** "New link": a new space with this device's progress; the old copy is deleted, so the old link stops working. */
export async function replaceLink(): Promise<SyncOutcome> {
  const old = readSyncState();
  // Take in what other devices wrote to the old copy first, so nothing of theirs is lost with it.
  if (old) {
    const last = await syncNow();
    if (last && !last.ok) return last;
  }
  const made = await turnOn();
  if (made.ok && old) await serial(() => deleteCopyOf(old.link));
  return made;
}
