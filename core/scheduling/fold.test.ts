import { describe, expect, it } from "vitest";
import { studyStreak } from "../progress/streak";
import { addActivity, isFolded, reviewTimes } from "./archive";
import { EMPTY_DECK, type DeckData } from "./deck";
import { combineDecks } from "./deck-merge";
import { FOLD, foldOldReviews } from "./fold";
import { replaySchedule } from "./fsrs";
import { parseDeckData } from "./schemas";
import type { CardRef } from "./session";
import { simulateDailyStudy } from "./simulate";
import { repairDeck } from "./study";

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 1);
const CARDS: CardRef[] = Array.from({ length: 400 }, (_, i) => ({
  id: `c-${String(i + 1).padStart(3, "0")}`,
  topic: "t",
}));

const times = (run: { reviews: { review: number }[] }) => run.reviews.map((l) => l.review);

describe("folding old reviews out of the saved log", () => {
  // A year of daily study, through the app's own study steps (which fold as they grade).
  const year = simulateDailyStudy(CARDS, START, 365, 7);
  const { deck } = year;
  const end = START + 365 * DAY;

  it("keeps the saved log to the last weeks, whatever the years of study", () => {
    expect(year.reviews.length).toBeGreaterThan(3000);
    expect(deck.logs.length).toBeLessThanOrEqual(FOLD.maxLogs);
    const oldest = Math.min(...deck.logs.map((l) => l.review));
    expect(end - oldest).toBeLessThan(FOLD.foldAfterDays * DAY);
    // What the store saves: a year's log unfolded is some 250 bytes a review; folded, the schedules (the cards' and
    // the archive's base, about 230 bytes a card each) are most of it.
    const unfolded = JSON.stringify({ ...deck, logs: [], archive: undefined }).length + year.reviews.length * 250;
    expect(JSON.stringify(deck).length).toBeLessThan(unfolded / 4);
  });

  it("counts every review once, in the log or the archive", () => {
    const kept = deck.logs.filter((l) => l.undoneAt === undefined).length;
    expect((deck.archive?.reviews ?? 0) + kept).toBe(year.reviews.length);
  });

  it("keeps streaks exact: the days studied are the same as with every review kept, in any time zone", () => {
    expect(studyStreak(reviewTimes(deck.logs, deck.archive), end)).toEqual(studyStreak(times(year), end));
    // Local days in UTC-11, UTC+5:30 and UTC+14, from the archive's two times a day and from every review time.
    const minutes = addActivity([], times(year));
    for (const offset of [-11 * 60, 330, 14 * 60]) {
      const localDays = (ms: number[]) => new Set(ms.map((t) => Math.floor((t / 60_000 + offset) / 1440)));
      expect(localDays(minutes.map((m) => m * 60_000))).toEqual(localDays(times(year)));
    }
  });

  it("keeps every card's schedule as a replay of its whole history would make it, so nothing needs repair", () => {
    expect(deck.archive?.base).toBeDefined();
    for (const c of CARDS) {
      const whole = replaySchedule(c.id, year.reviews, deck.settings);
      expect(whole).toEqual(deck.cards[c.id]);
      // From the archive's base, or (every review folded) from the card's own schedule.
      const card = deck.cards[c.id]!;
      const from = deck.archive?.base[c.id] ?? (isFolded(card, deck.archive) ? card : undefined);
      expect(replaySchedule(c.id, deck.logs, deck.settings, from)).toEqual(whole);
    }
    expect(repairDeck(deck)).toBeNull();
  });

  it("saves and reads back the archive as version 2 data", () => {
    expect(parseDeckData(JSON.parse(JSON.stringify(deck)))).toEqual(deck);
  });

  it("folds nothing while the log is young and small, and never the session in progress", () => {
    const month = simulateDailyStudy(CARDS, START, 12, 3);
    expect(month.deck.archive).toBeUndefined();
    expect(foldOldReviews(month.deck, START + 12 * DAY)).toBeNull();
    const sessionStart = START + 6 * DAY;
    const folded = foldOldReviews(month.deck, START + 200 * DAY, sessionStart);
    expect(folded?.logs.every((l) => l.review >= sessionStart)).toBe(true);
    expect(folded?.logs.length).toBe(month.deck.logs.filter((l) => l.review >= sessionStart).length);
  });

  it("merges two devices that studied apart for months: both sides' reviews count and every schedule is whole", () => {
    const shared = simulateDailyStudy(CARDS, START, 100, 11).deck;
    const phone = simulateDailyStudy(CARDS, START + 100 * DAY, 120, 12, shared);
    const laptop = simulateDailyStudy(CARDS.slice(0, 200), START + 100 * DAY, 90, 13, shared);
    const merged = combineDecks(phone.deck, laptop.deck);
    const later = merged.archive!;
    expect(later.before).toBe(Math.max(phone.deck.archive!.before, laptop.deck.archive!.before));
    expect(later.reviews).toBeGreaterThanOrEqual(Math.max(phone.deck.archive!.reviews, laptop.deck.archive!.reviews));
    // Days studied on either device are days studied.
    const days = (times: number[]) => new Set(times.map((t) => Math.floor(t / DAY)));
    const mergedDays = days(reviewTimes(merged.logs, merged.archive));
    for (const d of days([...times(phone), ...times(laptop)])) expect(mergedDays.has(d)).toBe(true);
    // Every card keeps a schedule, and after the repair step each agrees with its latest review.
    for (const c of CARDS) expect(merged.cards[c.id]).toBeDefined();
    const repaired = { ...merged, ...repairDeck(merged) };
    expect(repairDeck(repaired)).toBeNull();
  });

  it("reads version 1 decks, which have no archive", () => {
    const v1 = { ...EMPTY_DECK };
    delete (v1 as Partial<DeckData>).archive;
    expect(parseDeckData(v1)).toEqual(EMPTY_DECK);
  });
});
