// The one adapter over ts-fsrs: nothing else in the app imports it. It speaks plain JSON (epoch ms) on both sides.
import { createEmptyCard, fsrs, Rating, State, type Card, type FSRS, type ReviewLog } from "ts-fsrs";
import { byReviewTime, isFolded, latestReviewIds } from "./archive";
import { clampRetention } from "./settings";
import {
  type CardSchedule,
  type CardStateName,
  type CardStates,
  type DeckArchive,
  type Grade,
  type ReviewLogEntry,
  type SchedulerSettings,
} from "./types";

const STATE_NAMES: Record<State, CardStateName> = {
  [State.New]: "new",
  [State.Learning]: "learning",
  [State.Review]: "review",
  [State.Relearning]: "relearning",
};
const STATES: Record<CardStateName, State> = {
  new: State.New,
  learning: State.Learning,
  review: State.Review,
  relearning: State.Relearning,
};

const schedulers = new Map<number, FSRS>();

function scheduler(settings: SchedulerSettings): FSRS {
  const retention = clampRetention(settings.retention);
  let s = schedulers.get(retention);
  if (!s) {
    // Fuzz spreads cards learnt together over nearby days; ts-fsrs seeds it from the review, so it stays deterministic.
    s = fsrs({ request_retention: retention, enable_fuzz: true, enable_short_term: true });
    schedulers.set(retention, s);
  }
  return s;
}

/** A card that has never been reviewed, due at `now`. */
export function newSchedule(now: number): CardSchedule {
  return fromFsrsCard(createEmptyCard(now), null);
}

/** ts-fsrs card → plain JSON. */
export function fromFsrsCard(card: Card, lastLogId: string | null): CardSchedule {
  return {
    due: card.due.getTime(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsedDays: card.elapsed_days,
    scheduledDays: card.scheduled_days,
    learningSteps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: STATE_NAMES[card.state],
    lastReview: card.last_review ? card.last_review.getTime() : null,
    lastLogId,
  };
}

/** Plain JSON → ts-fsrs card. */
export function toFsrsCard(s: CardSchedule): Card {
  const card: Card = {
    due: new Date(s.due),
    stability: s.stability,
    difficulty: s.difficulty,
    elapsed_days: s.elapsedDays,
    scheduled_days: s.scheduledDays,
    learning_steps: s.learningSteps,
    reps: s.reps,
    lapses: s.lapses,
    state: STATES[s.state],
  };
  if (s.lastReview !== null) card.last_review = new Date(s.lastReview);
  return card;
}

function fromFsrsLog(log: ReviewLog, id: string, cardId: string, durationMs: number): ReviewLogEntry {
  return {
    id,
    cardId,
    rating: log.rating as Grade,
    state: STATE_NAMES[log.state],
    due: log.due.getTime(),
    stability: log.stability,
    difficulty: log.difficulty,
    elapsedDays: log.elapsed_days,
    lastElapsedDays: log.last_elapsed_days,
    scheduledDays: log.scheduled_days,
    learningSteps: log.learning_steps,
    review: log.review.getTime(),
    durationMs,
  };
}

const RATINGS: Record<Grade, Rating.Again | Rating.Hard | Rating.Good | Rating.Easy> = {
  1: Rating.Again,
  2: Rating.Hard,
  3: Rating.Good,
  4: Rating.Easy,
};

/** Grades a card (undefined = never seen) at `now`; returns its next schedule and the review log entry. */
export function gradeCard(
  current: CardSchedule | undefined,
  grade: Grade,
  now: number,
  settings: SchedulerSettings,
  ids: { logId: string; cardId: string; durationMs?: number },
): { schedule: CardSchedule; log: ReviewLogEntry } {
  const card = current ? toFsrsCard(current) : createEmptyCard(now);
  const result = scheduler(settings).next(card, now, RATINGS[grade]);
  return {
    schedule: fromFsrsCard(result.card, ids.logId),
    log: fromFsrsLog(result.log, ids.logId, ids.cardId, ids.durationMs ?? 0),
  };
}

/** When each grade would make the card due next (epoch ms), for the labels on the grade buttons. */
export function previewDue(
  current: CardSchedule | undefined,
  now: number,
  settings: SchedulerSettings,
): Record<Grade, number> {
  const card = current ? toFsrsCard(current) : createEmptyCard(now);
  const preview = scheduler(settings).repeat(card, now);
  return {
    1: preview[Rating.Again].card.due.getTime(),
    2: preview[Rating.Hard].card.due.getTime(),
    3: preview[Rating.Good].card.due.getTime(),
    4: preview[Rating.Easy].card.due.getTime(),
  };
}

/**
 * Rebuilds a card's schedule by replaying its reviews that were not undone, oldest first, with the given settings,
 * from `from` (its schedule after the reviews folded into the archive, see ./archive) or from new; reviews at or
 * before `from`'s are already in it. Used when parameters change or when two tabs disagree; undefined for a card with
 * no reviews.
 */
export function replaySchedule(
  cardId: string,
  logs: readonly ReviewLogEntry[],
  settings: SchedulerSettings,
  from?: CardSchedule,
): CardSchedule | undefined {
  const after = from?.lastReview ?? -Infinity;
  const mine = logs
    .filter((l) => l.cardId === cardId && l.undoneAt === undefined && l.review > after)
    .sort(byReviewTime);
  let schedule = from;
  for (const log of mine) {
    schedule = gradeCard(schedule, log.rating, log.review, settings, { logId: log.id, cardId }).schedule;
  }
  return schedule;
}

/**
 * Brings every card's schedule in line with its latest review that was not undone (in the log, else in the archive,
 * see ./archive), replaying the logs where they disagree (after two tabs crossed an undo, or data restored from a
 * backup). Returns the same object when all agree.
 */
export function repairSchedules(
  cards: CardStates,
  logs: readonly ReviewLogEntry[],
  settings: SchedulerSettings,
  archive?: DeckArchive,
): CardStates {
  const latest = latestReviewIds(logs, archive);
  let out: CardStates | null = null;
  for (const id of new Set([...Object.keys(cards), ...latest.keys()])) {
    const card = cards[id];
    // Every review folded and no base: the card's own schedule is all there is.
    if (!latest.has(id) && card && isFolded(card, archive)) continue;
    if ((card?.lastLogId ?? null) === (latest.get(id) ?? null)) continue;
    out ??= { ...cards };
    const replayed = replaySchedule(id, logs, settings, archive?.base[id]);
    if (replayed) out[id] = replayed;
    else delete out[id];
  }
  return out ?? cards;
}
