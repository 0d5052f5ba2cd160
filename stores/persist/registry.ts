// Persisted stores by key: each is registered where it is created (persistedStore), so replacing or reading a key's
// data reaches the store in memory when this page has one, and storage alone when it does not.
import type { StoreApi, UseBoundStore, Mutate } from "zustand";
import type { PersistOptions } from "zustand/middleware";
import { parseEnvelope } from "@/core/progress/envelope";
import { freshId } from "@/lib/random";
import { readItem, writeItem, type StorageWriteResult } from "@/lib/storage";
import { safeStorage, type Adapter } from "./adapter";
import { savedPart, type SavedKind } from "./kind";

export type PersistedStore<S = unknown, D = unknown> = UseBoundStore<Mutate<StoreApi<S>, [["zustand/persist", D]]>>;

type Entry = { kind: SavedKind<unknown>; adapter: Adapter<unknown>; store?: PersistedStore };

const registry = new Map<string, Entry>();

/** Persist options for a Debrief store of this kind: versioned, validated, merged across tabs, hydrated explicitly. */
export function persistedOptions<S, D>(kind: SavedKind<D>): PersistOptions<S, D> {
  const adapter = safeStorage(kind);
  const entry: Entry = { kind: kind as SavedKind<unknown>, adapter: adapter as Adapter<unknown> };
  registry.set(kind.name, entry);
  return {
    name: kind.name,
    version: kind.version,
    storage: adapter,
    skipHydration: true,
    partialize: (state) => savedPart(kind, state as object),
    // Migration and validation happen in the storage adapter, so this only accepts what it returns.
    migrate: (state) => state as D,
    merge: (persisted, current) => {
      const replace = adapter.takeReplace();
      if (!persisted) return replace ? { ...current, ...kind.empty } : current;
      const saved = persisted as D;
      if (replace || !kind.combine) return { ...current, ...saved };
      return { ...current, ...kind.combine(saved, savedPart(kind, current as object)) };
    },
  };
}

/** Registers a store just created with persistedOptions, and returns it: `export const useX = persistedStore(create(...))`. */
export function persistedStore<T extends { persist: { getOptions: () => { name?: string } } }>(store: T): T {
  const name = store.persist.getOptions().name;
  const entry = name ? registry.get(name) : undefined;
  if (entry) entry.store = store as unknown as PersistedStore;
  return store;
}

/**
 * Replaces a kind's saved and in-memory data (restore "replace", reset): `state` null means its empty data.
 * Other tabs take the new data as it is rather than merging theirs back in. Never writes over newer data.
 */
export function replacePersisted(kind: SavedKind<unknown>, state: unknown, now: number): StorageWriteResult {
  const entry = registry.get(kind.name);
  const raw = readItem(kind.name);
  const read = raw === null ? null : parseEnvelope(raw, kind);
  if ((read && !read.ok && read.reason === "newer") || entry?.adapter.blocked()) return { ok: false, reason: "error" };
  const data = state ?? kind.empty;
  // A new epoch marks a reset or restore: tabs that see a different epoch take the saved data as it is.
  const epoch = freshId(now);
  entry?.adapter.setEpoch(epoch);
  const res = writeItem(kind.name, JSON.stringify({ state: data, version: kind.version, epoch }));
  // The write above already holds this data, so the store's own save merges it with itself.
  entry?.store?.setState(data as Partial<unknown>);
  return res;
}

/** The data of a kind as it is now: what this page holds (if it has the store) combined with what is saved. */
export function currentData(kind: SavedKind<unknown>): unknown {
  const raw = readItem(kind.name);
  const saved = raw === null ? undefined : parseEnvelope(raw, kind);
  const stored = saved?.ok ? saved.state : undefined;
  const store = registry.get(kind.name)?.store;
  if (!store?.persist.hasHydrated()) return stored;
  const mine = savedPart(kind, store.getState() as object);
  // Another tab may have saved work this page has not seen yet: include it.
  return stored !== undefined && kind.combine ? kind.combine(stored, mine) : mine;
}
