import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { localDay, startOfLocalDay } from "./day";
import { studyStreak } from "./progress/streak";

// Paris moves to summer time on 2026-03-29 at 02:00 (UTC+1 to UTC+2).
const previousTz = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "Europe/Paris";
});
afterAll(() => {
  process.env.TZ = previousTz;
});

const paris = (iso: string) => Date.parse(iso); // ISO strings below carry their UTC offset

describe("a day is the learner's local calendar day", () => {
  it("counts days across the daylight-saving change without skipping or doubling", () => {
    const sat = paris("2026-03-28T23:30:00+01:00");
    const sun = paris("2026-03-29T23:30:00+02:00");
    const mon = paris("2026-03-30T00:30:00+02:00");
    expect(localDay(sun) - localDay(sat)).toBe(1);
    expect(localDay(mon) - localDay(sun)).toBe(1);
    expect(startOfLocalDay(sun)).toBe(paris("2026-03-29T00:00:00+01:00"));
    expect(startOfLocalDay(mon)).toBe(paris("2026-03-30T00:00:00+02:00"));
  });

  it("keeps a late-night study day where it was after the clocks change", () => {
    // Studied late on Saturday (winter time) and late on Sunday (summer time); it is now just after midnight on Monday.
    const times = [paris("2026-03-28T23:30:00+01:00"), paris("2026-03-29T23:30:00+02:00")];
    const streak = studyStreak(times, paris("2026-03-30T00:30:00+02:00"));
    expect(streak).toEqual({ current: 2, longest: 2, studiedToday: false, days: 2 });
  });
});
