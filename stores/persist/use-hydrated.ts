"use client";

import { useEffect, useState } from "react";
import type { PersistedStore } from "./registry";

const listening = new WeakSet<object>();

/**
 * Rehydrates a persisted store once on the client and keeps it in step with other tabs.
 * Returns true once the saved state is loaded (render placeholders until then to avoid hydration mismatches).
 */
export function useHydrated<S, D = unknown>(store: PersistedStore<S, D>): boolean {
  const [hydrated, setHydrated] = useState(() => store.persist.hasHydrated());
  useEffect(() => {
    const name = store.persist.getOptions().name;
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
