// The saved deck's shapes (what stores/cards-store.ts persists): one schema each; the types in ./types, ./session
// and ./deck are inferred from them. Loaded only to read saved data (stores/saved/deck.ts loads it on demand).
// Times are epoch ms, so they survive JSON and compare as plain numbers.
import * as v from "valibot";
import { chainMigrations } from "../progress/envelope";
import { entriesOf, idSchema, itemsOf, savedObject, validator } from "../validate";
import { clampNewPerDay, clampRetention } from "./settings";

const num = v.number();
const stateName = v.picklist(["new", "learning", "review", "relearning"]);
/** Again, Hard, Good, Easy, as keys 1 to 4. */
export const GradeSchema = v.picklist([1, 2, 3, 4]);

/** The FSRS memory state of one card, plus the id of the review that produced it (null before any review). */
export const CardScheduleSchema = savedObject({
  due: num,
  stability: num,
  difficulty: num,
  elapsedDays: num,
  scheduledDays: num,
  learningSteps: num,
  reps: num,
  lapses: num,
  state: stateName,
  lastReview: v.nullable(num),
  lastLogId: v.nullable(idSchema),
});

/**
 * One review, as ts-fsrs logs it (state and memory before the grade). Kept while recent (see ./archive): older ones
 * are folded into the deck's archive, which keeps what schedules, streaks and counts need.
 */
export const ReviewLogSchema = savedObject({
  id: idSchema,
  cardId: idSchema,
  rating: GradeSchema,
  state: stateName,
  due: num,
  stability: num,
  difficulty: num,
  elapsedDays: num,
  lastElapsedDays: num,
  scheduledDays: num,
  learningSteps: num,
  review: num,
  /** Time spent on the card before grading, capped (for the session summary and statistics). */
  durationMs: num,
  /** When the grade was undone: the entry stays so another tab cannot bring it back. */
  undoneAt: v.optional(num),
});

const ids = v.array(idSchema);

export const SessionAnswerSchema = savedObject({
  cardId: idSchema,
  grade: GradeSchema,
  /** The review log written for this grade (null in cram, which does not touch the schedule). */
  logId: v.nullable(idSchema),
  durationMs: num,
  /** What undo restores: the card's schedule and the queue as they were before the grade. */
  before: v.nullable(CardScheduleSchema),
  queueBefore: ids,
});

export const StudySessionSchema = savedObject({
  id: idSchema,
  mode: v.picklist(["review", "cram"]),
  /** Which side is shown first: the front (question) or the back (reverse study). */
  direction: v.picklist(["front", "back"]),
  /** Topic id, or null for every topic. */
  topic: v.nullable(idSchema),
  /** Cards still to study; the first one is on screen. */
  queue: ids,
  flipped: v.boolean(),
  /** When the current card was shown, to time the answer. */
  shownAt: num,
  startedAt: num,
  answers: v.array(SessionAnswerSchema),
  /** Set when the learner ends early or the queue runs out. */
  endedAt: v.nullable(num),
});

/**
 * What is left of reviews folded out of the log (./archive): every review before `before` is here, not in `logs`.
 * Version 2 of the saved deck; version 1 has no archive.
 */
export const DeckArchiveSchema = savedObject({
  before: num,
  /** Reviews folded (not undone ones): for counts. */
  reviews: num,
  /**
   * The first and the last review of each UTC day with any, in epoch minutes, ascending: the local days studied follow
   * exactly in any time zone (a UTC day meets at most two local days, its first review falls in the earlier and its last
   * in the later), for streaks, at two numbers a day.
   */
  activity: v.array(num),
  /**
   * Per card with reviews both folded and in the log, its schedule after its latest folded review: a replay of the
   * log starts here. A card whose reviews are all folded needs none: its own schedule is that.
   */
  base: entriesOf(CardScheduleSchema),
});

export const DeckDataSchema = savedObject({
  cards: entriesOf(CardScheduleSchema),
  logs: itemsOf(ReviewLogSchema),
  /** Desired retention and new cards a day (clamped to their bounds when read), and when they last changed. */
  settings: savedObject({ retention: num, newPerDay: num, updatedAt: num }),
  session: v.nullable(StudySessionSchema),
  /** When the session last changed (started, graded, cleared): the later one wins between tabs. */
  sessionUpdatedAt: num,
  archive: v.optional(DeckArchiveSchema),
});

const parseDeck = validator(DeckDataSchema);

/** The saved deck if `data` has its shape (settings clamped to their bounds), else null. */
export function parseDeckData(data: unknown): v.InferOutput<typeof DeckDataSchema> | null {
  const deck = parseDeck(data);
  if (!deck) return null;
  const { retention, newPerDay, updatedAt } = deck.settings;
  return {
    ...deck,
    settings: { retention: clampRetention(retention), newPerDay: clampNewPerDay(newPerDay), updatedAt },
  };
}

/**
 * Older saved decks to the current version (2, stores/saved/deck.ts): version 1 has no archive, which reads as nothing
 * folded yet, so its step is the data as it is. Here, beside the check, so it loads with it and not with every page.
 */
export const migrateDeckData = chainMigrations({ 1: (data) => data }, 2);
