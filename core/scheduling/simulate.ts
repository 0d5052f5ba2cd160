// A learner's years of daily study, simulated through the app's own study steps (./study): for the tests of folding
// (./fold) and for the bench's save figure (scripts/bench-interactions.ts), which seeds what such a learner's browser
// holds. Deterministic for a seed.
import { createRandom } from "@/core/random";
import { EMPTY_DECK, type DeckData } from "./deck";
import type { CardRef } from "./session";
import { beginStudy, flipStudyCard, gradeStudyCard } from "./study";
import type { Grade, ReviewLogEntry } from "./types";

const DAY = 86_400_000;

/**
 * Studies every day from `start` for `days` days: each day one review session over the due and new cards, a grade
 * every 20 s (Again one time in eight, else Good or Easy, now and then Hard). Returns the deck at the end and every
 * review graded (so a test can compare the archive's schedules, streaks and counts with the whole history).
 */
export function simulateDailyStudy(
  cards: readonly CardRef[],
  start: number,
  days: number,
  seed: number,
  from: DeckData = EMPTY_DECK,
): { deck: DeckData; reviews: ReviewLogEntry[] } {
  const random = createRandom(seed);
  const reviews: ReviewLogEntry[] = [];
  let deck = from;
  let n = 0;
  for (let day = 0; day < days; day++) {
    const dayStart = start + day * DAY;
    // A different hour each day (6:00 to 22:59 UTC), so days studied meet local days in every time zone.
    let now = dayStart + (6 + Math.floor(random() * 17)) * 3_600_000;
    const opts = { mode: "review", direction: "front", topic: null } as const;
    const began = beginStudy(deck, opts, cards, { now, dayStart, sessionId: `s-${day}`, seed: day });
    if (!began) continue;
    deck = { ...deck, ...began };
    while (deck.session && deck.session.endedAt === null && deck.session.queue.length > 0) {
      deck = { ...deck, ...flipStudyCard(deck, now) };
      const r = random();
      const grade: Grade = r < 0.125 ? 1 : r < 0.2 ? 2 : r < 0.85 ? 3 : 4;
      now += 20_000;
      const id = `log-${++n}`;
      const patch = gradeStudyCard(deck, grade, now, id);
      if (!patch) break;
      deck = { ...deck, ...patch };
      const log = deck.logs.find((l) => l.id === id);
      if (log) reviews.push(log);
    }
    deck = { ...deck, session: null, sessionUpdatedAt: now };
  }
  return { deck, reviews };
}
