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

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = "minute" | "hour" | "day" | "month" | "year";

// The unit is chosen after rounding, so 23 h 59 m reads "1d", not "24h".
function split(ms: number): { n: number; unit: Unit } | null {
  if (ms < MINUTE) return null;
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return { n: minutes, unit: "minute" };
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return { n: hours, unit: "hour" };
  const days = Math.round(ms / DAY);
  if (days < 30) return { n: days, unit: "day" };
  if (days < 365) return { n: round1(days / 30), unit: "month" };
  return { n: round1(days / 365), unit: "year" };
}

const SHORT: Record<Unit, string> = { minute: "m", hour: "h", day: "d", month: "mo", year: "y" };

/** An interval as Anki shows it on grade buttons: "<1m", "10m", "3h", "4d", "1.5mo", "2.1y". */
export function formatInterval(ms: number): string {
  const p = split(ms);
  return p ? `${p.n}${SHORT[p.unit]}` : "<1m";
}

/** The same interval in words, for screen readers and sentences: "10 minutes", "4 days". */
export function describeInterval(ms: number): string {
  const p = split(ms);
  return p ? `${p.n} ${p.unit}${p.n === 1 ? "" : "s"}` : "less than a minute";
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}
