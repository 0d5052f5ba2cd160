import { describe, expect, it } from "vitest";
import { ranOutOfTime, reviewGroups, scoreHeadline, scoreTone } from "./review";

describe("reviewGroups", () => {
  it("puts missed first, then partly right, then flagged; the rest are right", () => {
    const ids = ["a", "b", "c", "d", "e"];
    const scores = { a: 1, b: 0.5, c: 0, d: 1 };
    expect(reviewGroups(ids, scores, ["d"])).toEqual({ again: ["c", "e", "b", "d"], right: ["a"] });
  });
  it("has nothing to look at again after a perfect quiz", () => {
    expect(reviewGroups(["a", "b"], { a: 1, b: 1 }, [])).toEqual({ again: [], right: ["a", "b"] });
  });
});

it("words the headline by score", () => {
  expect(scoreHeadline(1)).toBe("Every question right.");
  expect(scoreHeadline(0.85)).toBe("Strong result.");
  expect(scoreHeadline(0.6)).toMatch(/^Good progress/);
  expect(scoreHeadline(0.1)).toMatch(/^A start/);
  expect(scoreHeadline(0)).toMatch(/^Nothing right/);
});

it("knows when an exam ran out of time", () => {
  expect(ranOutOfTime(null, 5)).toBe(false);
  expect(ranOutOfTime(10, 9)).toBe(false);
  expect(ranOutOfTime(10, 10)).toBe(true);
});

it("colours a score on the same steps as its headline: strong from 80 %, good from 50 %", () => {
  expect([1, 0.8, 0.79, 0.5, 0.49, 0].map(scoreTone)).toEqual([
    "correct",
    "correct",
    "accent",
    "accent",
    "partly",
    "partly",
  ]);
  expect(scoreHeadline(0.8)).toBe("Strong result.");
  expect(scoreHeadline(0.79)).toBe("Good progress: review the rest below.");
});
