import { combineDecks, EMPTY_DECK, parseDeckData, type DeckData } from "@/core/scheduling/deck";
import { STORAGE_KEYS } from "@/lib/storage";
import type { SavedKind } from "../persist/kind";

/** Flashcards: schedules, every review log, settings and the session in progress. */
export const DECK_DATA: SavedKind<DeckData> = {
  name: STORAGE_KEYS.cards,
  version: 1,
  validate: parseDeckData,
  combine: combineDecks,
  empty: EMPTY_DECK,
};
