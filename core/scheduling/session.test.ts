import { describe, expect, it } from "vitest";
import {
  buildQueue,
  endSession,
  flip,
  gradeCurrent,
  sessionStats,
  startSession,
  undoLast,
  type CardRef,
  type Deck,
} from "./session";
import { DEFAULT_SCHEDULER_SETTINGS } from "./types";

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);
const DAY_START = Date.UTC(2026, 0, 15);
const DAY = 86_400_000;

const CARDS: CardRef[] = [
  { id: "c-001", topic: "a" },
  { id: "c-002", topic: "a" },
  { id: "c-003", topic: "b" },
  { id: "c-004", topic: "b", retired: true },
  { id: "c-005", topic: "b" },
];
const EMPTY: Deck = { cards: {}, logs: [], settings: DEFAULT_SCHEDULER_SETTINGS };
const REVIEW = { mode: "review", direction: "front", topic: null } as const;

let n = 0;
const id = () => `log-${n++}`;

describe("study sessions", () => {
  it("queues new cards in bank order up to the daily limit and never retired cards", () => {
    expect(buildQueue(REVIEW, EMPTY, CARDS, NOW, DAY_START, 1)).toEqual(["c-001", "c-002", "c-003", "c-005"]);
    const limited = { ...EMPTY, settings: { ...DEFAULT_SCHEDULER_SETTINGS, newPerDay: 2 } };
    expect(buildQueue(REVIEW, limited, CARDS, NOW, DAY_START, 1)).toEqual(["c-001", "c-002"]);
    expect(buildQueue({ ...REVIEW, topic: "b" }, EMPTY, CARDS, NOW, DAY_START, 1)).toEqual(["c-003", "c-005"]);
  });

  it("puts due cards before new ones", () => {
    let s = startSession("s", REVIEW, EMPTY, CARDS, NOW, DAY_START, 1);
    let deck = EMPTY;
    ({ deck, session: s } = gradeCurrent(deck, s, 4, NOW, id()));
    const later = NOW + 30 * DAY;
    expect(buildQueue(REVIEW, deck, CARDS, later, DAY_START + 30 * DAY, 1)).toEqual([
      "c-001",
      "c-002",
      "c-003",
      "c-005",
    ]);
    // Move c-003 to due too, then check the most overdue comes first.
    ({ deck } = gradeCurrent(deck, { ...s, queue: ["c-003"] }, 4, NOW - 5 * DAY, id()));
    expect(buildQueue(REVIEW, deck, CARDS, later, DAY_START + 30 * DAY, 1).slice(0, 2)).toEqual(["c-003", "c-001"]);
  });

  it("grading reschedules the card, logs it, and brings learning cards back in the same session", () => {
    let deck = EMPTY;
    let s = startSession("s", REVIEW, deck, CARDS, NOW, DAY_START, 1);
    s = flip(s);
    expect(s.flipped).toBe(true);
    ({ deck, session: s } = gradeCurrent(deck, s, 3, NOW + 5000, id()));
    expect(deck.logs).toHaveLength(1);
    expect(deck.cards["c-001"]?.state).toBe("learning");
    expect(s.queue).toEqual(["c-002", "c-003", "c-005", "c-001"]);
    expect(s.flipped).toBe(false);
    ({ deck, session: s } = gradeCurrent(deck, s, 4, NOW + 9000, id()));
    expect(s.queue).toEqual(["c-003", "c-005", "c-001"]);
    expect(deck.logs).toHaveLength(2);
    expect(sessionStats(s)).toEqual({ studied: 2, right: 2, answers: 2, timeMs: 9000 });
  });

  it("undo restores the schedule, the queue and marks the log undone", () => {
    let deck = EMPTY;
    let s = startSession("s", REVIEW, deck, CARDS, NOW, DAY_START, 1);
    ({ deck, session: s } = gradeCurrent(deck, s, 4, NOW, id()));
    const afterFirst = deck.cards["c-001"];
    ({ deck, session: s } = gradeCurrent(deck, s, 1, NOW + 1000, id()));
    const undone = undoLast(deck, s, NOW + 2000)!;
    expect(undone.session.queue).toEqual(["c-002", "c-003", "c-005"]);
    expect(undone.deck.cards["c-002"]).toBeUndefined();
    expect(undone.deck.cards["c-001"]).toEqual(afterFirst);
    expect(undone.deck.logs.map((l) => l.undoneAt)).toEqual([undefined, NOW + 2000]);
    expect(undone.session.answers).toHaveLength(1);
    expect(undoLast(EMPTY, startSession("t", REVIEW, EMPTY, CARDS, NOW, DAY_START, 1), NOW)).toBeNull();
  });

  it("the session ends when the queue is empty, and undo reopens it", () => {
    let deck = EMPTY;
    let s = startSession("s", { ...REVIEW, topic: "a" }, deck, CARDS, NOW, DAY_START, 1);
    ({ deck, session: s } = gradeCurrent(deck, s, 4, NOW, id()));
    ({ deck, session: s } = gradeCurrent(deck, s, 4, NOW + 1, id()));
    expect(s.endedAt).toBe(NOW + 1);
    expect(gradeCurrent(deck, s, 1, NOW + 2, id()).deck).toBe(deck);
    expect(undoLast(deck, s, NOW + 3)!.session.endedAt).toBeNull();
    expect(endSession(startSession("x", REVIEW, EMPTY, CARDS, NOW, DAY_START, 1), NOW + 5).endedAt).toBe(NOW + 5);
  });

  it("cram shuffles every card in play and never touches the schedule", () => {
    const cram = { mode: "cram", direction: "back", topic: null } as const;
    const q = buildQueue(cram, EMPTY, CARDS, NOW, DAY_START, 42);
    expect([...q].sort()).toEqual(["c-001", "c-002", "c-003", "c-005"]);
    expect(buildQueue(cram, EMPTY, CARDS, NOW, DAY_START, 42)).toEqual(q);
    let s = startSession("s", cram, EMPTY, CARDS, NOW, DAY_START, 42);
    const first = s.queue[0];
    let deck = EMPTY;
    ({ deck, session: s } = gradeCurrent(deck, s, 1, NOW, id()));
    expect(deck).toBe(EMPTY);
    expect(s.queue.at(-1)).toBe(first);
    expect(s.answers[0]?.logId).toBeNull();
    ({ deck, session: s } = gradeCurrent(deck, s, 3, NOW, id()));
    expect(s.queue).toHaveLength(3);
    expect(deck).toBe(EMPTY);
  });

  it("caps the time counted for one answer", () => {
    const s = startSession("s", REVIEW, EMPTY, CARDS, NOW, DAY_START, 1);
    const { session } = gradeCurrent(EMPTY, s, 3, NOW + 3 * DAY, id());
    expect(sessionStats(session).timeMs).toBe(60_000);
  });
});
