import { describe, expect, it } from "vitest";
import { studyStreak } from "./streak";

// Run with TZ=UTC; core/day.test.ts checks local days in another zone and across a daylight-saving change.
const NOW = Date.UTC(2025, 4, 10, 12); // Saturday 10 May 2025, noon UTC
const day = (d: number, h = 9) => Date.UTC(2025, 4, d, h);

describe("studyStreak", () => {
  it("counts consecutive days ending today", () => {
    expect(studyStreak([day(8), day(9), day(10), day(10, 11)], NOW)).toEqual({
      current: 3,
      longest: 3,
      studiedToday: true,
      days: 3,
    });
  });
  it("keeps the streak alive until the end of today when yesterday was studied", () => {
    expect(studyStreak([day(8), day(9)], NOW)).toMatchObject({ current: 2, studiedToday: false });
  });
  it("is broken by a missed day, but remembers the longest run", () => {
    expect(studyStreak([day(1), day(2), day(3), day(4), day(8)], NOW)).toEqual({
      current: 0,
      longest: 4,
      studiedToday: false,
      days: 5,
    });
    expect(studyStreak([], NOW)).toEqual({ current: 0, longest: 0, studiedToday: false, days: 0 });
  });
  it("ignores times in the future", () => {
    expect(studyStreak([day(11)], NOW).days).toBe(0);
  });
});
