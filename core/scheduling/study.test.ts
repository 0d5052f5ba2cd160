import { describe, expect, it } from "vitest";
import { EMPTY_DECK, type DeckData } from "./deck";
import type { CardRef } from "./session";
import { beginStudy, endStudy, flipStudyCard, gradeStudyCard, repairDeck, undoStudyGrade } from "./study";

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);
const CARDS: CardRef[] = [
  { id: "c-001", topic: "a" },
  { id: "c-002", topic: "a" },
];
const REVIEW = { mode: "review", direction: "front", topic: null } as const;
const at = (now: number) => ({ now, dayStart: Date.UTC(2026, 0, 15), sessionId: "s-1", seed: 1 });

function started(): DeckData {
  return { ...EMPTY_DECK, ...beginStudy(EMPTY_DECK, REVIEW, CARDS, at(NOW)) };
}

describe("study steps", () => {
  it("starts a session stamped with the given time, and starts nothing when no card is ready", () => {
    const deck = started();
    expect(deck.session).toMatchObject({ id: "s-1", startedAt: NOW, queue: ["c-001", "c-002"] });
    expect(deck.sessionUpdatedAt).toBe(NOW);
    expect(beginStudy(EMPTY_DECK, REVIEW, [], at(NOW))).toBeNull();
  });

  it("grades only a card whose answer shows, and writes its review at the given time", () => {
    let deck = started();
    expect(gradeStudyCard(deck, 3, NOW + 1000, "log-1")).toBeNull();
    deck = { ...deck, ...flipStudyCard(deck, NOW + 500) };
    expect(flipStudyCard(deck, NOW + 600)).toBeNull();
    deck = { ...deck, ...gradeStudyCard(deck, 3, NOW + 1000, "log-1") };
    expect(deck.logs.map((l) => [l.id, l.cardId, l.review])).toEqual([["log-1", "c-001", NOW + 1000]]);
    expect(deck.cards["c-001"]).toBeDefined();
    expect(deck.session?.queue[0]).toBe("c-002");
    expect(deck.sessionUpdatedAt).toBe(NOW + 1000);
  });

  it("undoes the last grade: the card is new again and its log marked undone", () => {
    let deck = started();
    deck = { ...deck, ...flipStudyCard(deck, NOW) };
    deck = { ...deck, ...gradeStudyCard(deck, 4, NOW + 1000, "log-1") };
    deck = { ...deck, ...undoStudyGrade(deck, NOW + 2000) };
    expect(deck.cards["c-001"]).toBeUndefined();
    expect(deck.logs[0]?.undoneAt).toBe(NOW + 2000);
    expect(deck.session?.queue[0]).toBe("c-001");
    expect(undoStudyGrade(deck, NOW + 3000)).toBeNull();
  });

  it("ends a session at the given time; with no session there is nothing to end", () => {
    const deck = started();
    expect(endStudy(deck, NOW + 9000)?.session?.endedAt).toBe(NOW + 9000);
    expect(endStudy(EMPTY_DECK, NOW)).toBeNull();
    expect(flipStudyCard({ ...deck, ...endStudy(deck, NOW + 9000) }, NOW + 9500)).toBeNull();
  });

  it("repairs nothing in a deck whose schedules agree with their reviews", () => {
    let deck = started();
    deck = { ...deck, ...flipStudyCard(deck, NOW) };
    deck = { ...deck, ...gradeStudyCard(deck, 3, NOW + 1000, "log-1") };
    expect(repairDeck(deck)).toBeNull();
    const { "c-001": _dropped, ...stale } = deck.cards;
    expect(repairDeck({ ...deck, cards: stale })?.cards?.["c-001"]).toEqual(deck.cards["c-001"]);
  });
});
