import { describe, expect, it } from "vitest";
import { gradeCard } from "./fsrs";
import { deckSummary, dueCardIds, newCardIdsForToday, newCardsIntroducedSince, reviewCount } from "./summary";
import { DEFAULT_SCHEDULER_SETTINGS, type CardSchedule, type CardStates } from "./types";

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);
const MIN = 60_000;
const DAY = 86_400_000;

function at(due: number, state: CardSchedule["state"] = "review"): CardSchedule {
  return {
    due,
    stability: 5,
    difficulty: 5,
    elapsedDays: 0,
    scheduledDays: 1,
    learningSteps: 0,
    reps: 1,
    lapses: 0,
    state,
    lastReview: due - DAY,
    lastLogId: "x",
  };
}

describe("deck summary", () => {
  const cards: CardStates = {
    "c-001": at(NOW - DAY),
    "c-002": at(NOW + DAY),
    "c-003": at(NOW - MIN, "learning"),
    "c-004": at(NOW + 10 * MIN, "relearning"),
  };
  const ids = ["c-001", "c-002", "c-003", "c-004", "c-005", "c-006"];

  it("counts due, new, learning and total cards and the next due time", () => {
    expect(deckSummary(cards, NOW, ids)).toEqual({ due: 2, new: 2, learning: 2, total: 6, nextDue: NOW - DAY });
  });

  it("without a card list counts only scheduled cards", () => {
    expect(deckSummary(cards, NOW).total).toBe(4);
    expect(deckSummary({}, NOW)).toEqual({ due: 0, new: 0, learning: 0, total: 0, nextDue: null });
  });

  it("two days later the cards due tomorrow are due too", () => {
    expect(deckSummary(cards, NOW + 2 * DAY, ids).due).toBe(4);
  });

  it("orders due cards most overdue first and leaves out cards not yet due or never seen", () => {
    expect(dueCardIds(cards, NOW, ids)).toEqual(["c-001", "c-003"]);
    expect(dueCardIds(cards, NOW + 2 * DAY, ids)).toEqual(["c-001", "c-003", "c-004", "c-002"]);
  });
});

describe("the daily limit of new cards", () => {
  const dayStart = Date.UTC(2026, 0, 15);
  const first = gradeCard(undefined, 3, NOW, DEFAULT_SCHEDULER_SETTINGS, { logId: "a", cardId: "c-001" });
  const second = gradeCard(first.schedule, 3, NOW + 10 * MIN, DEFAULT_SCHEDULER_SETTINGS, {
    logId: "b",
    cardId: "c-001",
  });
  const yesterday = gradeCard(undefined, 3, NOW - DAY, DEFAULT_SCHEDULER_SETTINGS, { logId: "c", cardId: "c-002" });
  const undone = {
    ...gradeCard(undefined, 3, NOW, DEFAULT_SCHEDULER_SETTINGS, { logId: "d", cardId: "c-003" }).log,
    undoneAt: NOW,
  };
  const logs = [yesterday.log, first.log, second.log, undone];

  it("counts each card introduced today once and ignores undone grades", () => {
    expect(newCardsIntroducedSince(logs, dayStart)).toBe(1);
    expect(reviewCount(logs)).toBe(3);
  });

  it("offers never-seen cards in bank order up to what is left of the limit", () => {
    const cards = { "c-001": second.schedule, "c-002": yesterday.schedule };
    const ids = ["c-001", "c-002", "c-003", "c-004", "c-005"];
    expect(newCardIdsForToday(cards, ids, logs, 3, dayStart)).toEqual(["c-003", "c-004"]);
    expect(newCardIdsForToday(cards, ids, logs, 1, dayStart)).toEqual([]);
    expect(newCardIdsForToday(cards, ids, logs, 20, dayStart + DAY)).toEqual(["c-003", "c-004", "c-005"]);
  });
});
