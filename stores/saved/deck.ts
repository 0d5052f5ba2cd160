import { EMPTY_DECK, type DeckData } from "@/core/scheduling/deck";
import { STORAGE_KEYS } from "@/lib/storage";
import type { SavedKind } from "../persist/kind";

/** Flashcards: schedules, every review log, settings and the session in progress. */
export const DECK_DATA: SavedKind<DeckData> = {
  name: STORAGE_KEYS.cards,
  version: 1,
  load: async () => {
    const [schemas, merge] = await Promise.all([
      import("@/core/scheduling/schemas"),
      import("@/core/scheduling/deck-merge"),
    ]);
    return { validate: schemas.parseDeckData, combine: merge.combineDecks };
  },
  empty: EMPTY_DECK,
  mark: (d) => (d.logs.length || Object.keys(d.cards).length ? "p" : ""),
};
