// The deck's archive: what is kept of reviews folded out of the saved log (./fold), so the saved deck stays small
// however long a learner studies (5 years of daily reviews would be about 40,000 logs, some 10 MB, twice what a
// browser lets a site store). Free of ts-fsrs: pages that only read the deck (home, progress) use it.
import type { CardSchedule, DeckArchive, ReviewLogEntry } from "./types";

const MINUTE = 60_000;
const DAY_MINUTES = 24 * 60;

/**
 * Adds review times (epoch ms) to an activity list: the first and last review of each UTC day, in epoch minutes,
 * ascending. Any local day studied has one of its UTC day's two times in it, so streaks stay exact in any time zone.
 */
export function addActivity(activity: readonly number[], times: readonly number[]): number[] {
  const span = new Map<number, [number, number]>();
  const add = (minute: number) => {
    const day = Math.floor(minute / DAY_MINUTES);
    const seen = span.get(day);
    if (!seen) span.set(day, [minute, minute]);
    else span.set(day, [Math.min(seen[0], minute), Math.max(seen[1], minute)]);
  };
  for (const m of activity) if (Number.isFinite(m)) add(m);
  for (const t of times) if (Number.isFinite(t)) add(Math.floor(t / MINUTE));
  return [...span.keys()]
    .sort((a, b) => a - b)
    .flatMap((day) => {
      const [first, last] = span.get(day)!;
      return first === last ? [first] : [first, last];
    });
}

/** Oldest review first; reviews at the same moment by id, so every device sorts a log the same way. */
export function byReviewTime(a: Pick<ReviewLogEntry, "review" | "id">, b: Pick<ReviewLogEntry, "review" | "id">) {
  return a.review - b.review || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Combines two devices' (or tabs') archives: neither side's folded reviews are lost from streaks or schedules. */
export function mergeArchives(a: DeckArchive | undefined, b: DeckArchive | undefined): DeckArchive | undefined {
  if (!a || !b) return a ?? b;
  const base = { ...a.base };
  for (const [id, schedule] of Object.entries(b.base)) {
    const mine = base[id];
    if (!mine || (schedule.lastReview ?? 0) > (mine.lastReview ?? 0)) base[id] = schedule;
  }
  return {
    before: Math.max(a.before, b.before),
    // The same review may have been folded on both sides, so a sum would count it twice: the larger count is a floor.
    reviews: Math.max(a.reviews, b.reviews),
    activity: addActivity(
      a.activity,
      b.activity.map((m) => m * MINUTE),
    ),
    base,
  };
}

/** Every review time (epoch ms) the deck knows of, folded or in the log, undone ones left out: for streaks. */
export function reviewTimes(logs: readonly Pick<ReviewLogEntry, "review" | "undoneAt">[], archive?: DeckArchive) {
  const times = logs.filter((l) => l.undoneAt === undefined).map((l) => l.review);
  return archive ? [...archive.activity.map((m) => m * MINUTE), ...times] : times;
}

/** True when the schedule's latest review is folded into the archive: the schedule is then its own base. */
export function isFolded(schedule: CardSchedule, archive: DeckArchive | undefined): boolean {
  return archive !== undefined && schedule.lastReview !== null && schedule.lastReview < archive.before;
}

/**
 * Each card's latest review that was not undone: in the log after the archive's base for that card, else the base's
 * own. A card whose reviews are all folded has no base (see ./fold) and is not in the map: its schedule stands.
 */
export function latestReviewIds(
  logs: readonly ReviewLogEntry[],
  archive: DeckArchive | undefined,
): Map<string, string | null> {
  const base = archive?.base ?? {};
  const latest = new Map<string, string | null>();
  for (const [id, schedule] of Object.entries(base)) latest.set(id, schedule.lastLogId);
  const sorted = [...logs].sort(byReviewTime);
  for (const log of sorted)
    if (log.undoneAt === undefined && log.review > (base[log.cardId]?.lastReview ?? -Infinity))
      latest.set(log.cardId, log.id);
  return latest;
}
