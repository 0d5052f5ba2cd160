// Study days and streaks, derived from activity times (attempt ends, card reviews): no extra state is kept.

import { localDay } from "../day";

export type Streak = {
  /** Consecutive study days ending today, or yesterday if today has no study yet. */
  current: number;
  longest: number;
  studiedToday: boolean;
  /** Distinct study days in all. */
  days: number;
};

/** The study streak from activity times, as of `now`, in the learner's local calendar days. */
export function studyStreak(times: readonly number[], now: number): Streak {
  const days = new Set(times.filter((t) => Number.isFinite(t) && t <= now).map(localDay));
  const today = localDay(now);
  const studiedToday = days.has(today);
  let current = 0;
  for (let d = studiedToday ? today : today - 1; days.has(d); d--) current++;
  const sorted = [...days].sort((a, b) => a - b);
  let longest = 0;
  let run = 0;
  sorted.forEach((d, i) => {
    run = i > 0 && sorted[i - 1] === d - 1 ? run + 1 : 1;
    longest = Math.max(longest, run);
  });
  return { current, longest, studiedToday, days: days.size };
}
