"use client";

import { useEffect, useState } from "react";
import type { PersistOptions, PersistStorage, StorageValue } from "zustand/middleware";
import type { StoreApi, UseBoundStore, Mutate } from "zustand";
import { readItem, removeItem, storageAvailable, writeItem, STORAGE_KEYS } from "@/lib/storage";
import { useStorageStatus } from "./storage-status";

export type PersistedConfig<S, D> = {
  /** The localStorage key, from STORAGE_KEYS-like names ("debrief:quiz"). */
  name: string;
  version: number;
  /** The durable part of the state: what is saved. */
  partialize: (state: S) => D;
  /** Checks saved data (after migration); returns it typed, or null if it is not this store's shape. */
  validate: (data: unknown) => D | null;
  /** One step per version: migrate(data, fromVersion) returns data of the current version. */
  migrate?: (data: unknown, fromVersion: number) => unknown;
  /**
   * Combines what another tab saved with what this tab holds, so that neither loses finished work
   * (for example a union of attempts by id). Defaults to "saved wins".
   */
  combine?: (saved: D, mine: D) => D;
};

function quarantine(key: string, raw: string): string {
  const qKey = `${STORAGE_KEYS.quarantine}:${key}`;
  writeItem(qKey, raw);
  return qKey;
}

/** A localStorage adapter for zustand `persist` that never throws, sets bad data aside, and never overwrites newer data. */
function safeStorage<D>(config: PersistedConfig<unknown, D>): PersistStorage<D> & { blocked: () => boolean } {
  let blocked = false;
  const report = (p: Parameters<ReturnType<typeof useStorageStatus.getState>["report"]>[0]) =>
    useStorageStatus.getState().report(p);
  const parse = (raw: string): StorageValue<D> | null | "corrupt" | "newer" => {
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      return "corrupt";
    }
    if (typeof parsed !== "object" || parsed === null || !("state" in parsed)) return "corrupt";
    const version = (parsed as { version?: unknown }).version;
    if (typeof version !== "number") return "corrupt";
    if (version > config.version) return "newer";
    let state = (parsed as { state: unknown }).state;
    if (version < config.version && config.migrate) {
      try {
        state = config.migrate(state, version);
      } catch {
        return "corrupt";
      }
    }
    const valid = config.validate(state);
    return valid === null ? "corrupt" : { state: valid, version: config.version };
  };
  return {
    blocked: () => blocked,
    getItem(name) {
      if (!storageAvailable()) {
        report({ kind: "unavailable" });
        return null;
      }
      const raw = readItem(name);
      if (raw === null) return null;
      const result = parse(raw);
      if (result === "corrupt") {
        report({ kind: "corrupt", key: name, quarantineKey: quarantine(name, raw) });
        removeItem(name);
        return null;
      }
      if (result === "newer") {
        blocked = true;
        report({ kind: "newer", key: name });
        return null;
      }
      return result;
    },
    setItem(name, value) {
      if (blocked) return;
      let toWrite = value;
      // Read-merge-write: another tab may have saved since we last read.
      const raw = readItem(name);
      if (raw !== null && config.combine) {
        const saved = parse(raw);
        if (saved === "newer") {
          blocked = true;
          report({ kind: "newer", key: name });
          return;
        }
        if (saved && saved !== "corrupt") toWrite = { ...value, state: config.combine(saved.state, value.state) };
      }
      const res = writeItem(name, JSON.stringify(toWrite));
      if (!res.ok) report(res.reason === "quota" ? { kind: "quota", key: name } : { kind: "unavailable" });
    },
    removeItem(name) {
      if (!blocked) removeItem(name);
    },
  };
}

/** Persist options for a Debrief store: versioned, validated, hydrated explicitly on the client. */
export function persistedOptions<S, D>(config: PersistedConfig<S, D>): PersistOptions<S, D> {
  const storage = safeStorage(config as PersistedConfig<unknown, D>);
  return {
    name: config.name,
    version: config.version,
    storage,
    skipHydration: true,
    partialize: config.partialize,
    // Migration and validation happen in the storage adapter, so this only accepts what it returns.
    migrate: (state) => state as D,
    merge: (persisted, current) => {
      if (!persisted) return current;
      const saved = persisted as D;
      const mine = config.partialize(current);
      return { ...current, ...(config.combine ? config.combine(saved, mine) : saved) };
    },
  };
}

type PersistedStore<S> = UseBoundStore<Mutate<StoreApi<S>, [["zustand/persist", unknown]]>>;

const listening = new WeakSet<object>();

/**
 * Rehydrates a persisted store once on the client and keeps it in step with other tabs.
 * Returns true once the saved state is loaded (render placeholders until then to avoid hydration mismatches).
 */
export function useHydrated<S>(store: PersistedStore<S>): boolean {
  const [hydrated, setHydrated] = useState(() => store.persist.hasHydrated());
  useEffect(() => {
    const unsub = store.persist.onFinishHydration(() => setHydrated(true));
    if (!store.persist.hasHydrated()) void store.persist.rehydrate();
    // eslint-disable-next-line react-hooks/set-state-in-effect -- hydration may have finished before this effect ran
    else setHydrated(true);
    if (!listening.has(store)) {
      listening.add(store);
      const name = store.persist.getOptions().name;
      window.addEventListener("storage", (e) => {
        if (e.key === name) void store.persist.rehydrate();
      });
    }
    return unsub;
  }, [store]);
  return hydrated;
}
