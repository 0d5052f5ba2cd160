// The saved deck (what stores/cards-store.ts persists): its type (from ./schemas, where its check parseDeckData is)
// and its empty value. The check and the merge of two tabs (./deck-merge) load only when there is saved data.
import type { InferOutput } from "valibot";
import type { DeckDataSchema } from "./schemas";
import { DEFAULT_SCHEDULER_SETTINGS } from "./types";

export type DeckData = InferOutput<typeof DeckDataSchema>;

export const EMPTY_DECK: DeckData = {
  cards: {},
  logs: [],
  settings: { ...DEFAULT_SCHEDULER_SETTINGS, updatedAt: 0 },
  session: null,
  sessionUpdatedAt: 0,
  /** None until old reviews are first folded (./fold); a key here so the store saves it (stores/persist/kind savedPart). */
  archive: undefined,
};
