import { describe, expect, it } from "vitest";
import { ranOutOfTime, reviewGroups, scoreHeadline } from "./review";

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
