import { describe, expect, it } from "vitest";
import { EMPTY_DECK, type DeckData } from "./deck";
import { combineDecks } from "./deck-merge";
import { repairSchedules } from "./fsrs";
import { parseDeckData } from "./schemas";
import { gradeCurrent, startSession, undoLast, type CardRef, type Deck } from "./session";

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);
const DAY_START = Date.UTC(2026, 0, 15);
const CARDS: CardRef[] = [
  { id: "c-001", topic: "a" },
  { id: "c-002", topic: "a" },
  { id: "c-003", topic: "b" },
];

function study(from: DeckData, grades: (1 | 2 | 3 | 4)[], start: number, tab: string): DeckData {
  let session = startSession(
    tab,
    { mode: "review", direction: "front", topic: null },
    from,
    CARDS,
    start,
    DAY_START,
    1,
  );
  let deck: Deck = { cards: from.cards, logs: from.logs, settings: from.settings };
  grades.forEach((g, i) => {
    ({ deck, session } = gradeCurrent(deck, session, g, start + i * 1000, `${tab}-${i}`));
  });
  return { ...from, cards: deck.cards, logs: deck.logs, session, sessionUpdatedAt: start + grades.length * 1000 };
}

describe("the saved deck", () => {
  it("accepts its own shape after a JSON round trip and rejects foreign shapes", () => {
    const deck = study(EMPTY_DECK, [3, 1, 4], NOW, "a");
    expect(parseDeckData(JSON.parse(JSON.stringify(deck)))).toEqual(deck);
    expect(parseDeckData(EMPTY_DECK)).toEqual(EMPTY_DECK);
    for (const bad of [
      null,
      [],
      "x",
      { cards: [], logs: [], settings: EMPTY_DECK.settings, session: null, sessionUpdatedAt: 0 },
      { ...deck, session: { ...deck.session, queue: [1] } },
      { ...deck, settings: { retention: "high" } },
      { attempts: [] },
    ]) {
      expect(parseDeckData(bad)).toBeNull();
    }
  });

  it("leaves out one unreadable review log or card alone and keeps the rest", () => {
    const deck = study(EMPTY_DECK, [3, 1, 4], NOW, "a");
    const badLog = parseDeckData({ ...deck, logs: [{ ...deck.logs[0], rating: 7 }, ...deck.logs.slice(1)] });
    expect(badLog?.logs).toEqual(deck.logs.slice(1));
    const badCard = parseDeckData({
      ...deck,
      cards: { ...deck.cards, "c-001": { ...deck.cards["c-001"], state: "lost" } },
    });
    expect(badCard?.cards["c-001"]).toBeUndefined();
    expect(Object.keys(badCard?.cards ?? {})).toEqual(Object.keys(deck.cards).filter((k) => k !== "c-001"));
  });

  it("clamps out-of-range settings instead of rejecting the deck", () => {
    const odd = { ...EMPTY_DECK, settings: { retention: 0.2, newPerDay: 1e6, updatedAt: 1 } };
    expect(parseDeckData(odd)?.settings).toEqual({ retention: 0.8, newPerDay: 200, updatedAt: 1 });
  });
});

describe("combining two tabs", () => {
  it("keeps the reviews of both tabs and each card's latest schedule", () => {
    const a = study(EMPTY_DECK, [4], NOW, "a"); // c-001 in tab A
    const b = study({ ...EMPTY_DECK, cards: { "c-001": a.cards["c-001"]! } }, [4], NOW + 60_000, "b"); // c-002 in tab B
    const merged = combineDecks(a, b);
    expect(merged.logs.map((l) => l.id)).toEqual(["a-0", "b-0"]);
    expect(merged.cards["c-001"]).toEqual(a.cards["c-001"]);
    expect(merged.cards["c-002"]).toEqual(b.cards["c-002"]);
    expect(combineDecks(b, a)).toEqual(merged);
    expect(merged.session).toEqual(b.session);
  });

  it("when both tabs graded the same card, the later review's schedule wins", () => {
    const a = study(EMPTY_DECK, [1], NOW, "a");
    const b = study(EMPTY_DECK, [4], NOW + 5000, "b");
    expect(combineDecks(a, b).cards["c-001"]).toEqual(b.cards["c-001"]);
    expect(combineDecks(b, a).cards["c-001"]).toEqual(b.cards["c-001"]);
  });

  it("an undo is not undone by what was saved before it", () => {
    const before = study(EMPTY_DECK, [4, 4], NOW, "a");
    const { deck, session } = undoLast(before, before.session!, NOW + 9000)!;
    const after: DeckData = { ...before, cards: deck.cards, logs: deck.logs, session, sessionUpdatedAt: NOW + 9000 };
    const merged = combineDecks(before, after);
    expect(merged.cards["c-002"]).toBeUndefined();
    expect(merged.logs.find((l) => l.id === "a-1")?.undoneAt).toBe(NOW + 9000);
    expect(merged.session?.answers).toHaveLength(1);
    expect(combineDecks(after, before).cards["c-002"]).toBeUndefined();
  });

  it("when neither tab holds the latest schedule, repair rebuilds it from the logs", () => {
    const a = study(EMPTY_DECK, [3, 4], NOW, "a");
    const orphan = { ...a, cards: {} };
    const merged = combineDecks(orphan, { ...EMPTY_DECK });
    expect(merged.cards["c-001"]).toBeUndefined();
    expect(repairSchedules(merged.cards, merged.logs, merged.settings)).toEqual(a.cards);
    // A stale schedule (from an earlier review) is kept meanwhile, then repaired.
    const stale = { ...a, cards: { "c-001": { ...a.cards["c-001"]!, lastLogId: "gone", lastReview: 1 } } };
    const kept = combineDecks(stale, EMPTY_DECK);
    expect(repairSchedules(kept.cards, kept.logs, kept.settings)["c-001"]).toEqual(a.cards["c-001"]);
    expect(repairSchedules(a.cards, a.logs, a.settings)).toBe(a.cards);
  });

  it("the newer settings and the newer session win; a fresh tab takes the saved session", () => {
    const saved = study(EMPTY_DECK, [3], NOW, "a");
    const fresh = EMPTY_DECK;
    expect(combineDecks(saved, fresh).session).toEqual(saved.session);
    const cleared = { ...saved, session: null, sessionUpdatedAt: NOW + 99_000 };
    expect(combineDecks(saved, cleared).session).toBeNull();
    const tuned = { ...saved, settings: { retention: 0.85, newPerDay: 5, updatedAt: NOW + 1 } };
    expect(combineDecks(tuned, saved).settings.retention).toBe(0.85);
  });
});
