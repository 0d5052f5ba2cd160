import { EMPTY_DECK, type DeckData } from "@/core/scheduling/deck";
import { STORAGE_KEYS } from "@/lib/storage";
import type { SavedKind } from "../persist/kind";

/**
 * Flashcards: schedules, the recent review log, the archive of older reviews, settings and the session in progress.
 * Version 2 may hold `archive` (core/scheduling/fold); version 1 has none, which reads as nothing folded yet.
 */
export const DECK_DATA: SavedKind<DeckData> = {
  name: STORAGE_KEYS.cards,
  version: 2,
  load: async () => {
    const [schemas, merge] = await Promise.all([
      import("@/core/scheduling/schemas"),
      import("@/core/scheduling/deck-merge"),
    ]);
    return {
      validate: schemas.parseDeckData,
      migrate: schemas.migrateDeckData,
      combine: merge.combineDecks,
    };
  },
  empty: EMPTY_DECK,
  mark: (d) => (d.logs.length || Object.keys(d.cards).length ? "p" : ""),
};
