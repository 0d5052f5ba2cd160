// Persisted stores by key: each is registered where it is created (persistedStore), so replacing or reading a key's
// data (./replace, for backup, restore and reset) reaches the store in memory when this page has one.
import type { StoreApi, UseBoundStore, Mutate } from "zustand";
import type { PersistOptions } from "zustand/middleware";
import { safeStorage, type Adapter } from "./adapter";
import { loadedCheck } from "./check";
import { savedPart, type SavedKind } from "./kind";

export type PersistedStore<S = unknown, D = unknown> = UseBoundStore<Mutate<StoreApi<S>, [["zustand/persist", D]]>>;

export type Entry = { kind: SavedKind<unknown>; adapter: Adapter<unknown>; store?: PersistedStore };

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
      // Saved data was read with the check, so it is loaded (with the merge) by now.
      const combine = loadedCheck(kind)?.combine;
      if (replace || !combine) return { ...current, ...saved };
      return { ...current, ...combine(saved, savedPart(kind, current as object)) };
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

/** The store and adapter registered under a key on this page, if any. */
export function registered(name: string): Entry | undefined {
  return registry.get(name);
}
