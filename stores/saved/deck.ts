import { combineDecks, EMPTY_DECK, type DeckData } from "@/core/scheduling/deck";
import { STORAGE_KEYS } from "@/lib/storage";
import type { SavedKind } from "../persist/kind";

/** Flashcards: schedules, every review log, settings and the session in progress. */
export const DECK_DATA: SavedKind<DeckData> = {
  name: STORAGE_KEYS.cards,
  version: 1,
  // The schema (and valibot) is loaded only when there is saved data to read or merge.
  schema: () => import("@/core/scheduling/schemas").then((m) => ({ validate: m.parseDeckData })),
  combine: combineDecks,
  empty: EMPTY_DECK,
};
