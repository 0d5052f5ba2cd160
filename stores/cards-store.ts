"use client";

import { create } from "zustand";
import { persist } from "zustand/middleware";
import { EMPTY_DECK, type DeckData } from "@/core/scheduling/deck";
import { clampNewPerDay, clampRetention } from "@/core/scheduling/settings";
import { persistedOptions, persistedStore, useHydrated } from "./persisted";
import { DECK_DATA } from "./saved/deck";

// Grading is core/scheduling/study.ts, wired to this store in components/flashcards/study-actions.ts: keeping ts-fsrs
// out of this file keeps it out of the home and progress pages, which only read the deck. Actions take `now`.
type CardsActions = {
  /** Drops cards the bank no longer has from the session (old saves, tampered storage), so it never shows a blank card. */
  prune: (knownIds: ReadonlySet<string>, now: number) => void;
  /** Leaves the summary (or abandons the session) and goes back to the overview. */
  close: (now: number) => void;
  setRetention: (retention: number, now: number) => void;
  setNewPerDay: (n: number, now: number) => void;
};

export type CardsState = DeckData & CardsActions;

/** Card schedules, every review log, settings and the session in progress; saved under debrief:cards. */
export const useCardsStore = persistedStore(
  create<CardsState>()(
    persist(
      (set, get) => ({
        ...EMPTY_DECK,
        prune: (knownIds, now) => {
          const { session } = get();
          if (!session || session.queue.every((id) => knownIds.has(id))) return;
          const queue = session.queue.filter((id) => knownIds.has(id));
          const endedAt = queue.length === 0 ? (session.endedAt ?? now) : session.endedAt;
          set({ session: { ...session, queue, endedAt }, sessionUpdatedAt: now });
        },
        close: (now) => set({ session: null, sessionUpdatedAt: now }),
        setRetention: (retention, now) =>
          set((s) => ({ settings: { ...s.settings, retention: clampRetention(retention), updatedAt: now } })),
        setNewPerDay: (n, now) =>
          set((s) => ({ settings: { ...s.settings, newPerDay: clampNewPerDay(n), updatedAt: now } })),
      }),
      persistedOptions<CardsState, DeckData>(DECK_DATA),
    ),
  ),
);

/** True once the saved deck is loaded on the client (render a placeholder until then). */
export function useCardsHydrated(): boolean {
  // useHydrated is typed for stores whose saved shape is `unknown`; this one saves DeckData.
  return useHydrated(useCardsStore as unknown as Parameters<typeof useHydrated<CardsState>>[0]);
}
