"use client";

import { useEffect, useState } from "react";
import type { PersistOptions, PersistStorage } from "zustand/middleware";
import type { StoreApi, UseBoundStore, Mutate } from "zustand";
import { parseEnvelope, type Envelope } from "@/core/progress/envelope";
import { listKeys, readItem, removeItem, storageAvailable, writeItem, STORAGE_KEYS } from "@/lib/storage";
import type { StorageWriteResult } from "@/lib/storage";
import { useStorageStatus, type StorageProblem } from "./storage-status";

export type PersistedConfig<S, D> = {
  /** The localStorage key, from STORAGE_KEYS-like names ("debrief:quiz"). */
  name: string;
  version: number;
  /** The durable part of the state: what is saved. */
  partialize: (state: S) => D;
  /** Checks saved data (after migration); returns it typed, or null if it is not this store's shape. */
  validate: (data: unknown) => D | null;
  /** migrate(data, fromVersion) returns data of the current version (see chainMigrations in core/progress/envelope). */
  migrate?: (data: unknown, fromVersion: number) => unknown;
  /**
   * Combines what another tab saved with what this tab holds, so that neither loses finished work
   * (for example a union of attempts by id). Defaults to "saved wins". Also used to merge a restored backup.
   */
  combine?: (saved: D, mine: D) => D;
};

type PersistedStore<S, D = unknown> = UseBoundStore<Mutate<StoreApi<S>, [["zustand/persist", D]]>>;

type Adapter<D> = PersistStorage<D> & {
  /** True when saving is stopped (newer data is stored, or unreadable data could not be set aside). */
  blocked: () => boolean;
  /** Marks that the next hydration must take what is saved as it is (after a reset or restore elsewhere). */
  takeReplace: () => boolean;
  setEpoch: (epoch: string) => void;
};

/** A persisted store known to this page: what backup, restore and reset work over. */
export type RegisteredStore = {
  config: PersistedConfig<unknown, unknown>;
  adapter: Adapter<unknown>;
  store?: PersistedStore<unknown>;
};

const registry = new Map<string, RegisteredStore>();

/** Every persisted store created on this page, by key. */
export function registeredStores(): RegisteredStore[] {
  return [...registry.values()];
}

const report = (p: StorageProblem) => useStorageStatus.getState().report(p);
const clear = (p: StorageProblem) => useStorageStatus.getState().dismiss(p);

// A new epoch marks a reset or restore: tabs that see a different epoch take the saved data as it is
// instead of merging their own back in.
function newEpoch(): string {
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
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

/** Keys that hold data set aside as unreadable. */
export function quarantinedKeys(): string[] {
  return listKeys(`${STORAGE_KEYS.quarantine}:`);
}

/** A localStorage adapter for zustand `persist` that never throws, sets bad data aside, and never overwrites newer data. */
function safeStorage<D>(config: PersistedConfig<unknown, D>): Adapter<D> {
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

/** Persist options for a Debrief store: versioned, validated, hydrated explicitly on the client. */
export function persistedOptions<S, D>(config: PersistedConfig<S, D>): PersistOptions<S, D> {
  const adapter = safeStorage(config as PersistedConfig<unknown, D>);
  const entry: RegisteredStore = {
    config: config as PersistedConfig<unknown, unknown>,
    adapter: adapter as Adapter<unknown>,
  };
  registry.set(config.name, entry);
  return {
    name: config.name,
    version: config.version,
    storage: adapter,
    skipHydration: true,
    partialize: config.partialize,
    // Migration and validation happen in the storage adapter, so this only accepts what it returns.
    migrate: (state) => state as D,
    merge: (persisted, current) => {
      const replace = adapter.takeReplace();
      if (!persisted) {
        if (!replace || !entry.store) return current;
        return { ...current, ...config.partialize(entry.store.getInitialState() as S) };
      }
      const saved = persisted as D;
      if (replace || !config.combine) return { ...current, ...saved };
      return { ...current, ...config.combine(saved, config.partialize(current)) };
    },
  };
}

/**
 * Replaces a store's saved and in-memory data (restore "replace", reset): `state` null means the store's initial data.
 * Other tabs take the new data as it is rather than merging theirs back in.
 */
export function replacePersisted(name: string, state: unknown): StorageWriteResult {
  const entry = registry.get(name);
  if (!entry) return { ok: false, reason: "error" };
  if (entry.adapter.blocked()) return { ok: false, reason: "error" };
  const data = state ?? (entry.store ? entry.config.partialize(entry.store.getInitialState() as unknown) : undefined);
  const epoch = newEpoch();
  entry.adapter.setEpoch(epoch);
  let res: StorageWriteResult = { ok: true };
  if (data === undefined) removeItem(name);
  else res = writeItem(name, JSON.stringify({ state: data, version: entry.config.version, epoch }));
  // The write above already holds this data, so the store's own save merges it with itself.
  if (entry.store && data !== undefined) entry.store.setState(data as Partial<unknown>);
  return res;
}

/** The durable data of a store as it is now: what this page holds combined with what is saved. */
export function currentData(name: string): unknown {
  const entry = registry.get(name);
  if (!entry) return undefined;
  const raw = readItem(name);
  const saved = raw === null ? undefined : parseEnvelope(raw, entry.config);
  const stored = saved?.ok ? saved.state : undefined;
  if (!entry.store?.persist.hasHydrated()) return stored;
  const mine = entry.config.partialize(entry.store.getState());
  // Another tab may have saved work this page has not seen yet: include it.
  return stored !== undefined && entry.config.combine ? entry.config.combine(stored, mine) : mine;
}

const listening = new WeakSet<object>();

/**
 * Rehydrates a persisted store once on the client and keeps it in step with other tabs.
 * Returns true once the saved state is loaded (render placeholders until then to avoid hydration mismatches).
 */
export function useHydrated<S, D = unknown>(store: PersistedStore<S, D>): boolean {
  const [hydrated, setHydrated] = useState(() => store.persist.hasHydrated());
  useEffect(() => {
    const name = store.persist.getOptions().name;
    const entry = name ? registry.get(name) : undefined;
    if (entry) entry.store = store as unknown as PersistedStore<unknown>;
    const unsub = store.persist.onFinishHydration(() => setHydrated(true));
    if (!store.persist.hasHydrated()) void store.persist.rehydrate();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- hydration may have finished before this effect ran
    else setHydrated(true);
    if (!listening.has(store)) {
      listening.add(store);
      window.addEventListener("storage", (e) => {
        // key null: another tab cleared all storage.
        if (e.key === name || e.key === null) void store.persist.rehydrate();
      });
    }
    return unsub;
  }, [store]);
  return hydrated;
}
