// Folding old reviews out of the saved log into the archive (./archive), run when a card is graded: the log keeps
// the last 7 days (and at most 1,500 reviews), enough for undo, merges between tabs, new cards today and the
// session; the archive keeps what schedules (a base per card still in the log), streaks (days studied) and counts
// need. It folds in batches (once the oldest review is 14 days old or the log holds 2,000), so most grades do
// nothing here.
import { addActivity, byReviewTime } from "./archive";
import type { DeckData } from "./deck";
import { replaySchedule } from "./fsrs";
import type { CardStates, DeckArchive } from "./types";

const DAY = 86_400_000;
export const FOLD = { keepDays: 7, foldAfterDays: 14, keepLogs: 1500, maxLogs: 2000 } as const;

/**
 * The deck's log and archive after folding what is old, or null when nothing needs folding. Reviews from `keepFrom`
 * on (the session in progress, which undo may need) are never folded.
 */
export function foldOldReviews(
  deck: Pick<DeckData, "logs" | "archive" | "settings">,
  now: number,
  keepFrom = Infinity,
): Pick<DeckData, "logs" | "archive"> | null {
  const { logs } = deck;
  const oldest = logs.reduce((min, l) => Math.min(min, l.review), Infinity);
  if (oldest >= now - FOLD.foldAfterDays * DAY && logs.length <= FOLD.maxLogs) return null;
  const sorted = [...logs].sort(byReviewTime);
  let cutoff = now - FOLD.keepDays * DAY;
  if (sorted.length > FOLD.keepLogs) cutoff = Math.max(cutoff, sorted[sorted.length - FOLD.keepLogs]!.review);
  cutoff = Math.min(cutoff, keepFrom);
  const folded = sorted.filter((l) => l.review < cutoff);
  if (folded.length === 0) return null;
  const done = folded.filter((l) => l.undoneAt === undefined);

  const prev: DeckArchive = deck.archive ?? { before: 0, reviews: 0, activity: [], base: {} };
  const base: CardStates = { ...prev.base };
  for (const cardId of new Set(done.map((l) => l.cardId))) {
    const schedule = replaySchedule(cardId, done, deck.settings, prev.base[cardId]);
    if (schedule) base[cardId] = schedule;
  }
  const kept = sorted.filter((l) => l.review >= cutoff);
  // A base is kept only for a card the log still reviews: for the others their own schedule is their base.
  const inLog = new Set(kept.filter((l) => l.undoneAt === undefined).map((l) => l.cardId));
  for (const id of Object.keys(base)) if (!inLog.has(id)) delete base[id];
  return {
    logs: kept,
    archive: {
      before: Math.max(prev.before, cutoff),
      reviews: prev.reviews + done.length,
      activity: addActivity(
        prev.activity,
        done.map((l) => l.review),
      ),
      base,
    },
  };
}
