// Settings bounds, kept apart from the ts-fsrs adapter so pages that only read the deck do not load the scheduler.
import { DEFAULT_SCHEDULER_SETTINGS, NEW_PER_DAY_MAX, RETENTION_MAX, RETENTION_MIN } from "./types";

/** Clamps a desired retention into 0.80-0.97, to two decimals. */
export function clampRetention(retention: number): number {
  if (!Number.isFinite(retention)) return DEFAULT_SCHEDULER_SETTINGS.retention;
  return Math.min(RETENTION_MAX, Math.max(RETENTION_MIN, Math.round(retention * 100) / 100));
}

/** Keeps the new-cards-per-day setting a whole number in range. */
export function clampNewPerDay(n: number): number {
  if (!Number.isFinite(n)) return DEFAULT_SCHEDULER_SETTINGS.newPerDay;
  return Math.min(NEW_PER_DAY_MAX, Math.max(0, Math.round(n)));
}
