import { describe, expect, it } from "vitest";
import type { StudySession } from "./session";
import { cardsForDirection, isLeftFromEarlierDay, isStaleSummary, readDirection, sessionCounts } from "./session-view";

const session = (over: Partial<StudySession>): StudySession => ({
  id: "s",
  mode: "review",
  direction: "front",
  topic: null,
  queue: [],
  flipped: false,
  shownAt: 0,
  startedAt: 0,
  answers: [],
  endedAt: null,
  ...over,
});
const answer = (cardId: string) => ({
  cardId,
  grade: 3 as const,
  logId: null,
  durationMs: 1,
  before: null,
  queueBefore: [],
});

describe("sessionCounts", () => {
  it("counts down as new cards are graded, even when they come back in the same session", () => {
    expect(sessionCounts(session({ queue: ["a", "b", "c"] }))).toEqual({ left: 3, again: 0, seen: 0 });
    // "a" was graded Good and comes back for its next learning step: one card fewer is left to see.
    expect(sessionCounts(session({ queue: ["b", "c", "a"], answers: [answer("a")] }))).toEqual({
      left: 2,
      again: 1,
      seen: 1,
    });
    expect(sessionCounts(session({ queue: ["a"], answers: [answer("a"), answer("b"), answer("c")] }))).toEqual({
      left: 0,
      again: 1,
      seen: 3,
    });
  });
});

it("a summary from an earlier day is stale; one from today or a running session is not", () => {
  const dayStart = 1_000_000;
  expect(isStaleSummary(session({ endedAt: dayStart - 1 }), dayStart)).toBe(true);
  expect(isStaleSummary(session({ endedAt: dayStart + 5 }), dayStart)).toBe(false);
  expect(isStaleSummary(session({ endedAt: null }), dayStart)).toBe(false);
});

it("a running session whose last card was shown on an earlier day is left from that day; today's or an ended one is not", () => {
  const dayStart = 1_000_000;
  expect(isLeftFromEarlierDay(session({ startedAt: dayStart - 9, shownAt: dayStart - 1 }), dayStart)).toBe(true);
  // Started yesterday, still studied after midnight: carries on.
  expect(isLeftFromEarlierDay(session({ startedAt: dayStart - 9, shownAt: dayStart + 1 }), dayStart)).toBe(false);
  // An ended session is the summary's rule, not this one.
  expect(isLeftFromEarlierDay(session({ shownAt: dayStart - 1, endedAt: dayStart - 1 }), dayStart)).toBe(false);
});

it("reversed study keeps only the cards marked reversible", () => {
  const cards = [{ id: "a", reversible: true }, { id: "b" }, { id: "c", reversible: false }];
  expect(cardsForDirection(cards, "back").map((c) => c.id)).toEqual(["a"]);
  expect(cardsForDirection(cards, "front").map((c) => c.id)).toEqual(["a", "b", "c"]);
});

it("reads a saved direction, defaulting to the front", () => {
  expect(readDirection("back")).toBe("back");
  expect(readDirection("front")).toBe("front");
  expect(readDirection(null)).toBe("front");
  expect(readDirection("sideways")).toBe("front");
});
