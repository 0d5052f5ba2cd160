// The one definition of a day: the learner's local calendar day. Daily card limits and study streaks both use it,
// so a daylight-saving change never moves a past study day. Reads the runtime's time zone (the learner's), not
// the clock: `time` is always an argument.

const DAY = 86_400_000;

/** The local calendar day of `time`, as a count of days since 1970-01-01 (consecutive days differ by 1). */
export function localDay(time: number): number {
  const d = new Date(time);
  return Math.round(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) / DAY);
}

/** Local midnight at the start of the calendar day holding `time` (epoch ms). */
export function startOfLocalDay(time: number): number {
  return new Date(time).setHours(0, 0, 0, 0);
}
