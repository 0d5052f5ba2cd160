// The one place that turns numbers, ratios, times and durations into words. Every screen reads these,
// so "50%", "1 question" and "1 min 42 s" look the same everywhere. Pure: time zones are arguments.

import { quantity } from "./counts";

export { formatNumber, plural, quantity } from "./counts";

/** A 0-1 ratio as a whole percentage number (67 for 2/3), for widths and aria values. */
export function percentOf(ratio: number): number {
  return Math.round(ratio * 100);
}

/** A 0-1 ratio as text, in the app's one style: "50%" (no space). */
export function formatPercent(ratio: number): string {
  return `${percentOf(ratio)}%`;
}

/** Where a date is shown: the learner's own zone (undefined: the runtime's zone) or a named one such as "UTC". */
export type TimeZoneOption = { timeZone?: string };

const formatters = new Map<string, Intl.DateTimeFormat>();
function dateFormat(
  kind: "date" | "dateTime" | "weekdayTime" | "time",
  timeZone: string | undefined,
): Intl.DateTimeFormat {
  const key = `${kind}|${timeZone ?? ""}`;
  let f = formatters.get(key);
  if (!f) {
    const opts: Intl.DateTimeFormatOptions =
      kind === "date"
        ? { dateStyle: "medium" }
        : kind === "dateTime"
          ? { dateStyle: "medium", timeStyle: "short" }
          : kind === "time"
            ? { hour: "2-digit", minute: "2-digit" }
            : { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" };
    f = new Intl.DateTimeFormat("en-GB", { ...opts, timeZone });
    formatters.set(key, f);
  }
  return f;
}

/** A day: "30 Nov 2026". */
export function formatDate(t: number, { timeZone }: TimeZoneOption = {}): string {
  return dateFormat("date", timeZone).format(t);
}

/** A day and time: "30 Nov 2026, 14:05"; with timeZone "UTC" the caller says so next to it. */
export function formatDateTime(t: number, { timeZone }: TimeZoneOption = {}): string {
  return dateFormat("dateTime", timeZone).format(t);
}

/** A time of day, as every date on the app's pages writes it: "14:05". */
export function formatTime(t: number, { timeZone }: TimeZoneOption = {}): string {
  return dateFormat("time", timeZone).format(t);
}

/** A near moment to plan by: "Sat 17 Jan, 09:00". */
export function formatWeekdayTime(t: number, { timeZone }: TimeZoneOption = {}): string {
  return dateFormat("weekdayTime", timeZone).format(t);
}

/** Time spent: "45 s", "1 min 42 s", "1 h 5 min" (negative reads "0 s"). */
export function formatDuration(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const h = Math.floor(total / 3600);
  const min = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h} h ${min} min`;
  return min > 0 ? `${min} min ${s} s` : `${s} s`;
}

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

type Unit = "minute" | "hour" | "day" | "month" | "year";

// The unit is chosen after rounding, so 23 h 59 m reads "1d", not "24h".
function split(ms: number): { n: number; unit: Unit } | null {
  if (ms < MINUTE) return null;
  const minutes = Math.round(ms / MINUTE);
  if (minutes < 60) return { n: minutes, unit: "minute" };
  const hours = Math.round(ms / HOUR);
  if (hours < 24) return { n: hours, unit: "hour" };
  const days = Math.round(ms / DAY);
  if (days < 30) return { n: days, unit: "day" };
  if (days < 365) return { n: round1(days / 30), unit: "month" };
  return { n: round1(days / 365), unit: "year" };
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

const SHORT: Record<Unit, string> = { minute: "m", hour: "h", day: "d", month: "mo", year: "y" };

/** A scheduling interval as Anki shows it on grade buttons: "<1m", "10m", "3h", "4d", "1.5mo", "2.1y". */
export function formatInterval(ms: number): string {
  const p = split(ms);
  return p ? `${p.n}${SHORT[p.unit]}` : "<1m";
}

/** The same interval in words, for screen readers and sentences: "10 minutes", "4 days". */
export function describeInterval(ms: number): string {
  const p = split(ms);
  return p ? quantity(p.n, p.unit) : "less than a minute";
}

/** When a card is due: "now", or "in 3 days (Sat 17 Jan, 09:00)": relative for a quick read, absolute to plan by. */
export function describeDue(due: number, now: number, zone: TimeZoneOption = {}): string {
  if (due <= now) return "now";
  return `in ${describeInterval(due - now)} (${formatWeekdayTime(due, zone)})`;
}
