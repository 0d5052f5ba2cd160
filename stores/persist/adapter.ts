// The localStorage adapter under every persisted store: it never throws, sets unreadable data aside under its own
// key, never overwrites data saved by a newer version, and merges with what another tab saved before writing.
// Reading saved data needs the kind's check (./check), loaded when there is saved data to read, or when the browser is
// idle after this page's first save (so a later merge with another tab's save does not wait): with nothing saved,
// loading and the first save stay synchronous. While it loads, reads and writes wait in one queue per key, in the
// order they were asked for, so nothing is written before it is merged. The queue stays because loading the check
// with every page (a static import) costs 2.3-3.7 KiB of first-load JS per route, and /teach had 279 bytes left.
import type { PersistStorage, StorageValue } from "zustand/middleware";
import type { Envelope, ReadResult } from "@/core/progress/envelope";
import { readItem, removeItem, storageAvailable, writeItem, STORAGE_KEYS } from "@/lib/storage";
import { useStorageStatus, type StorageProblem } from "../storage-status";
import { loadCheck, loadedCheck, type Check } from "./check";
import { saveMark, type SavedKind } from "./kind";

export type Adapter<D> = PersistStorage<D> & {
  /** True when saving is stopped (newer data is stored, or unreadable data could not be set aside). */
  blocked: () => boolean;
  /** Marks that the next hydration must take what is saved as it is (after a reset or restore elsewhere). */
  takeReplace: () => boolean;
  setEpoch: (epoch: string) => void;
  /** Resolves once every read and write asked for so far is done. */
  settled: () => Promise<void>;
};

const report = (p: StorageProblem) => useStorageStatus.getState().report(p);
const clear = (p: StorageProblem) => useStorageStatus.getState().dismiss(p);
/** How long to wait before saving again when the check of saved data could not be loaded. */
const RETRY_MS = 10_000;

/**
 * Starts loading the kind's check when the browser is next idle: once this page has saved, another tab may save too,
 * and the next save must merge; with the check already loaded it does so at once, never waiting in the queue below.
 */
function preloadCheck(kind: SavedKind<unknown>): void {
  const load = () => void loadCheck(kind).catch(() => undefined);
  if (typeof requestIdleCallback === "function") requestIdleCallback(load, { timeout: 2000 });
  else setTimeout(load, 200);
}

/** Copies unreadable data to its own key without overwriting an earlier copy. Returns the key, or null if full. */
function quarantine(key: string, raw: string): string | null {
  const base = `${STORAGE_KEYS.quarantine}:${key}`;
  for (let i = 1; i <= 20; i++) {
    const qKey = i === 1 ? base : `${base}:${i}`;
    const existing = readItem(qKey);
    if (existing === raw) return qKey;
    if (existing !== null) continue;
    return writeItem(qKey, raw).ok ? qKey : null;
  }
  return null;
}

/** A localStorage adapter for zustand `persist` that never throws, sets bad data aside, and never overwrites newer data. */
export function safeStorage<D>(kind: SavedKind<D>): Adapter<D> {
  let blocked = false;
  let epoch: string | undefined;
  let hadData = false;
  let loaded = false;
  let replace = false;
  /** The last read or write waiting for the check; null when none waits. */
  let queue: Promise<void> | null = null;
  /** The data of the latest write asked for (each holds all of the store's saved data, so it covers earlier ones). */
  let latest: D | null = null;
  /** A retry of the latest write, waiting after the check failed to load. */
  let retry: ReturnType<typeof setTimeout> | undefined;
  /**
   * The text of this page's last write and the data it held: while it is what is stored, nothing new of another
   * tab's is there, so a save neither reads nor checks it again (finding 8: a save used to parse, check and merge the
   * whole store on every save after any merge). When that write merged in another tab's data, which the store's state
   * may lack, the next save combines with `writtenState` in memory.
   */
  let written: string | null = null;
  let writtenState: D | null = null;
  let writtenMerged = false;
  /** The stored text this page last read and checked, and the result, so one text is never checked twice. */
  let lastRead: { raw: string; result: ReadResult<D> } | null = null;
  const checked = (raw: string, check: Check<D>): ReadResult<D> => {
    if (lastRead?.raw === raw) return lastRead.result;
    const result = check.parse(raw);
    lastRead = { raw, result };
    return result;
  };

  const setAside = (name: string, raw: string) => {
    const qKey = quarantine(name, raw);
    if (qKey) {
      removeItem(name);
      report({ kind: "corrupt", key: name, quarantineKey: qKey });
    } else {
      // No room for a copy: leave the data where it is and stop saving over it.
      blocked = true;
      report({ kind: "corrupt", key: name, quarantineKey: name });
    }
  };

  /** Some items could not be read and were left out: keep a copy of the whole stored text; the rest is used. */
  const setItemsAside = (name: string, raw: string, items: number) => {
    const qKey = quarantine(name, raw);
    // No room for a copy: stop saving, so the stored text (with the unread items) is not written over.
    if (!qKey) blocked = true;
    report({ kind: "corrupt", key: name, quarantineKey: qKey ?? name, items });
  };

  /** Saved data that is not this page's last write (another tab's, or an earlier visit's), or null. */
  const others = (name: string) => {
    const raw = readItem(name);
    return raw === written ? null : raw;
  };

  /** True when a job must wait: others wait already, or there is saved data to read and its check is not loaded. */
  const mustWait = (raw: string | null) => queue !== null || (raw !== null && !loadedCheck(kind));

  /**
   * Runs `job` after the jobs already waiting, once the check is loaded. If it cannot load (its file did not
   * download), saved data is left as it is, untouched, and the next read or write tries again.
   */
  const later = <T>(name: string, job: (check: Check<D>) => T, otherwise: T): Promise<T> => {
    const run = (queue ?? Promise.resolve()).then(() =>
      loadCheck(kind).then(
        (check) => {
          clear({ kind: "unread", key: name });
          return job(check);
        },
        () => {
          report({ kind: "unread", key: name });
          return otherwise;
        },
      ),
    );
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    queue = tail;
    void tail.then(() => {
      if (queue === tail) queue = null;
    });
    return run;
  };

  const read = (name: string, check: Check<D> | undefined): StorageValue<D> | null => {
    const raw = readItem(name);
    if (raw === null) {
      // Saved data that disappeared was reset (or cleared) elsewhere: do not keep ours.
      if (loaded && hadData) replace = true;
      loaded = true;
      hadData = false;
      epoch = undefined;
      return null;
    }
    // Cannot happen (mustWait saw no data in this same task); if it did, hydrate empty rather than guess.
    if (!check) return null;
    const result = checked(raw, check);
    if (!result.ok) {
      if (result.reason === "newer") {
        blocked = true;
        report({ kind: "newer", key: name });
      } else setAside(name, raw);
      return null;
    }
    if (result.setAside > 0) setItemsAside(name, raw, result.setAside);
    if (loaded && result.epoch !== epoch) replace = true;
    loaded = true;
    hadData = true;
    epoch = result.epoch;
    return { state: result.state, version: kind.version };
  };

  /** Writes `value` once the check is loaded; if it cannot load, tries again in a while with the latest data. */
  const writeLater = (name: string, value: D): Promise<void> =>
    later(
      name,
      (check) => {
        write(name, value, check);
        return true;
      },
      false,
    ).then((done) => {
      if (done || retry !== undefined) return;
      retry = setTimeout(() => {
        retry = undefined;
        if (latest !== null) void writeLater(name, latest);
      }, RETRY_MS);
    });

  const write = (name: string, value: D, check: Check<D> | undefined): void => {
    if (blocked) return;
    let state = value;
    // Read-merge-write: another tab may have saved since we last read. What we wrote last holds nothing new.
    const raw = others(name);
    let merged = false;
    if (raw === null && writtenMerged && writtenState !== null && check?.combine) {
      state = check.combine(writtenState, state);
      merged = true;
    }
    if (raw !== null) {
      if (!check) {
        // Saved data appeared since mustWait looked: merge with it once the check is loaded.
        void writeLater(name, value);
        return;
      }
      const saved = checked(raw, check);
      if (!saved.ok && saved.reason === "newer") {
        blocked = true;
        report({ kind: "newer", key: name });
        return;
      }
      if (!saved.ok) setAside(name, raw);
      else {
        if (saved.setAside > 0) setItemsAside(name, raw, saved.setAside);
        if (check.combine) state = check.combine(saved.state, state);
        merged = true;
        epoch = saved.epoch;
      }
      if (blocked) return;
    }
    const envelope: Envelope<D> = { state, version: kind.version, ...(epoch ? { epoch } : {}) };
    const text = JSON.stringify(envelope);
    const res = writeItem(name, text);
    if (res.ok) {
      if (written === null && !loadedCheck(kind)) preloadCheck(kind as SavedKind<unknown>);
      saveMark(kind, state);
      written = text;
      writtenState = state;
      writtenMerged = merged;
      hadData = true;
      clear({ kind: "quota", key: name });
      if (readItem(STORAGE_KEYS.sync) !== null) void import("../sync-soon").then((m) => m.syncSoon());
    } else report(res.reason === "quota" ? { kind: "quota", key: name } : { kind: "unavailable" });
  };

  return {
    blocked: () => blocked,
    takeReplace: () => {
      const r = replace;
      replace = false;
      return r;
    },
    setEpoch: (e) => {
      epoch = e;
      hadData = true;
    },
    settled: async () => {
      while (queue) await queue;
    },
    getItem(name) {
      if (!storageAvailable()) {
        report({ kind: "unavailable" });
        return null;
      }
      const readNow = () => {
        if (mustWait(readItem(name))) return later(name, (check) => read(name, check), null);
        return read(name, loadedCheck(kind));
      };
      // A one-time move of older data loads its code first; the read (and so any save) waits for it.
      const preparing = kind.prepare?.();
      return preparing ? preparing.then(readNow, readNow) : readNow();
    },
    setItem(name, value) {
      if (blocked) return;
      latest = value.state;
      if (mustWait(others(name))) return writeLater(name, value.state);
      write(name, value.state, loadedCheck(kind));
    },
    removeItem(name) {
      if (!blocked) removeItem(name);
    },
  };
}
