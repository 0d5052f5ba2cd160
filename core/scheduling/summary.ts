import type { CardRef } from "./session";
import type { CardStates, ReviewLogEntry } from "./types";

/** The cards a learner can study now: not retired, in the topic if one is chosen, in bank order. */
export function cardsInPlay(cards: readonly CardRef[], topic: string | null): string[] {
  return cards.filter((c) => !c.retired && (topic === null || c.topic === topic)).map((c) => c.id);
}

export type DeckSummary = {
  /** Cards seen before and due now (learning, relearning or review). */
  due: number;
  /** Cards never reviewed. */
  new: number;
  /** Cards in (re)learning steps, due or not. */
  learning: number;
  total: number;
  /** The earliest due time of any card already seen (may be in the past), or null if none has been seen. */
  nextDue: number | null;
};

/**
 * Counts for the deck at `now`. `cardIds` are the cards in play (the bank's cards that are not retired, maybe one topic);
 * without it, only the cards that have a schedule are counted.
 */
export function deckSummary(cards: CardStates, now: number, cardIds?: readonly string[]): DeckSummary {
  const ids = cardIds ?? Object.keys(cards);
  let due = 0;
  let fresh = 0;
  let learning = 0;
  let nextDue: number | null = null;
  for (const id of ids) {
    const c = cards[id];
    if (!c || c.state === "new") {
      fresh++;
      continue;
    }
    if (c.state === "learning" || c.state === "relearning") learning++;
    if (c.due <= now) due++;
    if (nextDue === null || c.due < nextDue) nextDue = c.due;
  }
  return { due, new: fresh, learning, total: ids.length, nextDue };
}

/** Reviews given, not counting grades that were undone (their log entries are kept so other tabs cannot revive them). */
export function reviewCount(logs: readonly ReviewLogEntry[]): number {
  let n = 0;
  for (const l of logs) if (l.undoneAt === undefined) n++;
  return n;
}

/** Ids of seen cards due at `now`, most overdue first (ties by id, so the order is stable). */
export function dueCardIds(cards: CardStates, now: number, cardIds: readonly string[]): string[] {
  return cardIds
    .filter((id) => {
      const c = cards[id];
      return c !== undefined && c.state !== "new" && c.due <= now;
    })
    .sort((a, b) => cards[a]!.due - cards[b]!.due || (a < b ? -1 : a > b ? 1 : 0));
}

/** How many different cards had their first review at or after `since` (the start of today). */
export function newCardsIntroducedSince(logs: readonly ReviewLogEntry[], since: number): number {
  const ids = new Set<string>();
  for (const l of logs) if (l.undoneAt === undefined && l.state === "new" && l.review >= since) ids.add(l.cardId);
  return ids.size;
}

/** Ids of never-seen cards that may still be introduced today, in bank order. */
export function newCardIdsForToday(
  cards: CardStates,
  cardIds: readonly string[],
  logs: readonly ReviewLogEntry[],
  newPerDay: number,
  dayStart: number,
): string[] {
  const room = Math.max(0, newPerDay - newCardsIntroducedSince(logs, dayStart));
  return cardIds.filter((id) => !cards[id] || cards[id].state === "new").slice(0, room);
}
