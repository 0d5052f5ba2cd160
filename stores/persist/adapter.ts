// The localStorage adapter under every persisted store: it never throws, sets unreadable data aside under its own
// key, never overwrites data saved by a newer version, and merges with what another tab saved before writing.
import type { PersistStorage } from "zustand/middleware";
import { parseEnvelope, type Envelope } from "@/core/progress/envelope";
import { readItem, removeItem, storageAvailable, writeItem, STORAGE_KEYS } from "@/lib/storage";
import { useStorageStatus, type StorageProblem } from "../storage-status";
import type { SavedKind } from "./kind";

export type Adapter<D> = PersistStorage<D> & {
  /** True when saving is stopped (newer data is stored, or unreadable data could not be set aside). */
  blocked: () => boolean;
  /** Marks that the next hydration must take what is saved as it is (after a reset or restore elsewhere). */
  takeReplace: () => boolean;
  setEpoch: (epoch: string) => void;
};

const report = (p: StorageProblem) => useStorageStatus.getState().report(p);
const clear = (p: StorageProblem) => useStorageStatus.getState().dismiss(p);

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
export function safeStorage<D>(config: SavedKind<D>): Adapter<D> {
  let blocked = false;
  let epoch: string | undefined;
  let hadData = false;
  let loaded = false;
  let replace = false;

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
    getItem(name) {
      if (!storageAvailable()) {
        report({ kind: "unavailable" });
        return null;
      }
      const raw = readItem(name);
      if (raw === null) {
        // Saved data that disappeared was reset (or cleared) elsewhere: do not keep ours.
        if (loaded && hadData) replace = true;
        loaded = true;
        hadData = false;
        epoch = undefined;
        return null;
      }
      const result = parseEnvelope(raw, config);
      if (!result.ok) {
        if (result.reason === "newer") {
          blocked = true;
          report({ kind: "newer", key: name });
        } else setAside(name, raw);
        return null;
      }
      if (loaded && result.epoch !== epoch) replace = true;
      loaded = true;
      hadData = true;
      epoch = result.epoch;
      return { state: result.state, version: config.version };
    },
    setItem(name, value) {
      if (blocked) return;
      let state = value.state;
      // Read-merge-write: another tab may have saved since we last read.
      const raw = readItem(name);
      if (raw !== null) {
        const saved = parseEnvelope(raw, config);
        if (!saved.ok && saved.reason === "newer") {
          blocked = true;
          report({ kind: "newer", key: name });
          return;
        }
        if (!saved.ok) setAside(name, raw);
        else {
          if (config.combine) state = config.combine(saved.state, state);
          epoch = saved.epoch;
        }
        if (blocked) return;
      }
      const envelope: Envelope<D> = { state, version: config.version, ...(epoch ? { epoch } : {}) };
      const res = writeItem(name, JSON.stringify(envelope));
      if (res.ok) {
        hadData = true;
        clear({ kind: "quota", key: name });
      } else report(res.reason === "quota" ? { kind: "quota", key: name } : { kind: "unavailable" });
    },
    removeItem(name) {
      if (!blocked) removeItem(name);
    },
  };
}
