// Study days and streaks, derived from activity times (attempt ends, card reviews): no extra state is kept.

const DAY = 86_400_000;

/** The local day number of a time, for a time zone `offsetMinutes` ahead of UTC (-new Date().getTimezoneOffset()). */
export function dayNumber(time: number, offsetMinutes: number): number {
  return Math.floor((time + offsetMinutes * 60_000) / DAY);
}

export type Streak = {
  /** Consecutive study days ending today, or yesterday if today has no study yet. */
  current: number;
  longest: number;
  studiedToday: boolean;
  /** Distinct study days in all. */
  days: number;
};

/** The study streak from activity times, as of `now`, in the learner's time zone. */
export function studyStreak(times: readonly number[], now: number, offsetMinutes: number): Streak {
  const days = new Set(times.filter((t) => Number.isFinite(t) && t <= now).map((t) => dayNumber(t, offsetMinutes)));
  const today = dayNumber(now, offsetMinutes);
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
