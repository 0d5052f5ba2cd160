// The merge of two tabs' copies of the saved deck (also merges a restored backup). Loaded with the schemas, only
// when there is saved data to merge (stores/saved/deck.ts).
import { byReviewTime, isFolded, latestReviewIds, mergeArchives } from "./archive";
import type { DeckData } from "./deck";
import type { CardStates, ReviewLogEntry } from "./types";

/**
 * Combines what another tab saved with this tab's deck so no review is lost: logs are a union by id (an undo in either
 * tab wins), each card keeps the schedule produced by its latest review that was not undone, the newer settings and
 * the newer session win. If neither tab holds that schedule, the most recent one stands until `repairSchedules`
 * (in ./fsrs) replays the logs: this file stays free of ts-fsrs so pages that only read the deck stay small.
 */
export function combineDecks(saved: DeckData, mine: DeckData): DeckData {
  const byId = new Map<string, ReviewLogEntry>();
  for (const log of [...saved.logs, ...mine.logs]) {
    const seen = byId.get(log.id);
    if (!seen || (seen.undoneAt === undefined && log.undoneAt !== undefined)) byId.set(log.id, log);
  }
  const logs = [...byId.values()].sort(byReviewTime);
  const archive = mergeArchives(saved.archive, mine.archive);
  const latest = latestReviewIds(logs, archive);
  const undone = new Set(logs.filter((l) => l.undoneAt !== undefined).map((l) => l.id));

  const settings = saved.settings.updatedAt > mine.settings.updatedAt ? saved.settings : mine.settings;
  const cards: CardStates = {};
  for (const id of new Set([...Object.keys(saved.cards), ...Object.keys(mine.cards), ...latest.keys()])) {
    const target = latest.get(id) ?? null;
    const candidates = [mine.cards[id], saved.cards[id]].filter((c) => c !== undefined);
    const match = candidates.find((c) => c.lastLogId === target);
    const live = candidates.filter((c) => c.lastLogId !== null && !undone.has(c.lastLogId));
    const fallback = live.sort((a, b) => (b.lastReview ?? 0) - (a.lastReview ?? 0))[0];
    // Reviews all folded (no entry in `latest`): the later schedule of the two stands.
    const folded = !latest.has(id) && candidates.some((c) => isFolded(c, archive));
    const card = match ?? (target === null && !folded ? undefined : fallback);
    if (card) cards[id] = card;
  }
  const sessionFromSaved = saved.sessionUpdatedAt > mine.sessionUpdatedAt;
  return {
    cards,
    logs,
    settings,
    session: sessionFromSaved ? saved.session : mine.session,
    sessionUpdatedAt: Math.max(saved.sessionUpdatedAt, mine.sessionUpdatedAt),
    archive,
  };
}
