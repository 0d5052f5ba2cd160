import { describe, expect, it } from "vitest";
import { dayNumber, studyStreak } from "./streak";

const NOW = Date.UTC(2025, 4, 10, 12); // Saturday 10 May 2025, noon UTC
const day = (d: number, h = 9) => Date.UTC(2025, 4, d, h);

describe("studyStreak", () => {
  it("counts consecutive days ending today", () => {
    expect(studyStreak([day(8), day(9), day(10), day(10, 11)], NOW, 0)).toEqual({
      current: 3,
      longest: 3,
      studiedToday: true,
      days: 3,
    });
  });
  it("keeps the streak alive until the end of today when yesterday was studied", () => {
    expect(studyStreak([day(8), day(9)], NOW, 0)).toMatchObject({ current: 2, studiedToday: false });
  });
  it("is broken by a missed day, but remembers the longest run", () => {
    expect(studyStreak([day(1), day(2), day(3), day(4), day(8)], NOW, 0)).toEqual({
      current: 0,
      longest: 4,
      studiedToday: false,
      days: 5,
    });
    expect(studyStreak([], NOW, 0)).toEqual({ current: 0, longest: 0, studiedToday: false, days: 0 });
  });
  it("uses the learner's time zone for day boundaries", () => {
    // 23:30 UTC on the 9th is already the 10th in UTC+2, and still the 9th in UTC-5.
    const late = Date.UTC(2025, 4, 9, 23, 30);
    expect(dayNumber(late, 120)).toBe(dayNumber(day(10), 120));
    expect(studyStreak([late], NOW, 120)).toMatchObject({ current: 1, studiedToday: true });
    expect(studyStreak([late], NOW, -300)).toMatchObject({ current: 1, studiedToday: false });
  });
  it("ignores times in the future", () => {
    expect(studyStreak([day(11)], NOW, 0).days).toBe(0);
  });
});
