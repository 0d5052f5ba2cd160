// The one wrapper around localStorage: every access is guarded, so storage trouble never throws into the UI.
export const STORAGE_KEYS = {
  theme: "debrief:theme",
  /** Which side flashcards show first: "front" or "back". */
  cardDirection: "debrief:card-direction",
  /** The assignment being built on /teach, until its link is made or the teacher starts over. */
  teachDraft: "debrief:teach-draft",
  quiz: "debrief:quiz",
  cards: "debrief:cards",
  /** The teacher's assignments and gradebook result codes. */
  teacher: "debrief:teacher",
  /** A student's own assignment attempts and the results handed in (until version 2 of teacher, kept there). */
  student: "debrief:student",
  /** Result inboxes: the teacher's inbox keys, and results waiting to be sent. */
  inbox: "debrief:inbox",
  /** The sync link of this device's progress ("<space>.<secret>") and what it last synced; never in a backup. */
  sync: "debrief:sync",
  /** Prefix: unreadable data is set aside under `debrief:quarantine:<its key>`. */
  quarantine: "debrief:quarantine",
} as const;

export type StorageWriteResult = { ok: true } | { ok: false; reason: "unavailable" | "quota" | "error" };

function store(): Storage | undefined {
  try {
    return typeof window === "undefined" ? undefined : window.localStorage;
  } catch {
    return undefined;
  }
}

/** True when localStorage can be written and read back. */
export function storageAvailable(): boolean {
  const s = store();
  if (!s) return false;
  try {
    const probe = "debrief:probe";
    s.setItem(probe, "1");
    s.removeItem(probe);
    return true;
  } catch (e) {
    // A full store still holds what it has: it is available for reading.
    return isQuotaError(e);
  }
}

export function readItem(key: string): string | null {
  try {
    return store()?.getItem(key) ?? null;
  } catch {
    return null;
  }
}

export function writeItem(key: string, value: string): StorageWriteResult {
  const s = store();
  if (!s) return { ok: false, reason: "unavailable" };
  try {
    s.setItem(key, value);
    return { ok: true };
  } catch (e) {
    return { ok: false, reason: isQuotaError(e) ? "quota" : "error" };
  }
}

export function removeItem(key: string): void {
  try {
    store()?.removeItem(key);
  } catch {
    // Nothing to do: the item stays, which loses nothing.
  }
}

/** Keys that hold data set aside as unreadable (the storage banner reads them without loading the stores). */
export function quarantinedKeys(): string[] {
  return listKeys(`${STORAGE_KEYS.quarantine}:`);
}

/** The keys currently stored that start with `prefix`. */
export function listKeys(prefix: string): string[] {
  const s = store();
  if (!s) return [];
  try {
    const keys: string[] = [];
    for (let i = 0; i < s.length; i++) {
      const k = s.key(i);
      if (k !== null && k.startsWith(prefix)) keys.push(k);
    }
    return keys.sort();
  } catch {
    return [];
  }
}

function isQuotaError(e: unknown): boolean {
  return (
    e instanceof DOMException &&
    (e.name === "QuotaExceededError" || e.name === "NS_ERROR_DOM_QUOTA_REACHED" || e.code === 22)
  );
}

/** Asks the browser not to evict this site's storage under pressure. Resolves to whether it agreed. */
export async function requestPersistentStorage(): Promise<"granted" | "denied" | "unsupported"> {
  try {
    const sm = typeof navigator === "undefined" ? undefined : navigator.storage;
    if (!sm?.persist) return "unsupported";
    if (sm.persisted && (await sm.persisted())) return "granted";
    return (await sm.persist()) ? "granted" : "denied";
  } catch {
    return "unsupported";
  }
}
