import type { InferOutput } from "valibot";
import { createRandom, shuffle } from "@/core/random";
import type { SessionAnswerSchema, StudySessionSchema } from "./schemas";
import { gradeCard } from "./fsrs";
import { cardsInPlay, dueCardIds, newCardIdsForToday } from "./summary";
import type { CardStates, Grade, ReviewLogEntry, SchedulerSettings } from "./types";

export type StudySession = InferOutput<typeof StudySessionSchema>;
export type SessionAnswer = InferOutput<typeof SessionAnswerSchema>;
export type SessionMode = StudySession["mode"];
/** Which side is shown first: the front (question) or the back (reverse study). */
export type Direction = StudySession["direction"];

/** The scheduling part of the saved deck that sessions read and change. */
export type Deck = { cards: CardStates; logs: ReviewLogEntry[]; settings: SchedulerSettings };

/** The bank fields a session needs about a card. */
export type CardRef = { id: string; topic: string; retired?: boolean };

export type SessionOptions = { mode: SessionMode; direction: Direction; topic: string | null };

/** Learning cards due within this long come back in the same session, as Anki's "learn ahead limit". */
export const LEARN_AHEAD_MS = 20 * 60_000;
/** Longer pauses than this are not counted as study time (the learner walked away). */
export const MAX_ANSWER_MS = 60_000;

// Defined in summary.ts (which does not load ts-fsrs) so the deck overview can use it without the scheduler.
export { cardsInPlay };

/** Due cards first (most overdue first), then new cards up to what is left of today's limit; cram: every card, shuffled. */
export function buildQueue(
  options: SessionOptions,
  deck: Deck,
  cards: readonly CardRef[],
  now: number,
  dayStart: number,
  seed: number,
): string[] {
  const ids = cardsInPlay(cards, options.topic);
  if (options.mode === "cram") return shuffle(ids, createRandom(seed));
  return [
    ...dueCardIds(deck.cards, now, ids),
    ...newCardIdsForToday(deck.cards, ids, deck.logs, deck.settings.newPerDay, dayStart),
  ];
}

/** A new session; its queue may be empty (nothing due), which the UI reports instead of starting. */
export function startSession(
  id: string,
  options: SessionOptions,
  deck: Deck,
  cards: readonly CardRef[],
  now: number,
  dayStart: number,
  seed: number,
): StudySession {
  return {
    id,
    ...options,
    queue: buildQueue(options, deck, cards, now, dayStart, seed),
    flipped: false,
    shownAt: now,
    startedAt: now,
    answers: [],
    endedAt: null,
  };
}

/** Shows the other side of the current card. */
export function flip(session: StudySession): StudySession {
  return session.queue.length === 0 || session.endedAt !== null ? session : { ...session, flipped: true };
}

/**
 * Grades the card on screen. In review mode this reschedules it and appends a review log; a card due again within
 * the learn-ahead limit goes back to the end of the queue. In cram mode the schedule is untouched and Again repeats the card.
 */
export function gradeCurrent(
  deck: Deck,
  session: StudySession,
  grade: Grade,
  now: number,
  logId: string,
): { deck: Deck; session: StudySession } {
  const cardId = session.queue[0];
  if (cardId === undefined || session.endedAt !== null) return { deck, session };
  const durationMs = Math.min(MAX_ANSWER_MS, Math.max(0, now - session.shownAt));
  const rest = session.queue.slice(1);
  const before = deck.cards[cardId] ?? null;
  let queue = rest;
  let nextDeck = deck;
  let writtenLog: string | null = null;
  if (session.mode === "review") {
    const { schedule, log } = gradeCard(before ?? undefined, grade, now, deck.settings, { logId, cardId, durationMs });
    nextDeck = { ...deck, cards: { ...deck.cards, [cardId]: schedule }, logs: [...deck.logs, log] };
    writtenLog = log.id;
    if (schedule.due - now <= LEARN_AHEAD_MS) queue = [...rest, cardId];
  } else if (grade === 1) {
    queue = [...rest, cardId];
  }
  const answer: SessionAnswer = { cardId, grade, logId: writtenLog, durationMs, before, queueBefore: session.queue };
  return {
    deck: nextDeck,
    session: {
      ...session,
      queue,
      flipped: false,
      shownAt: now,
      answers: [...session.answers, answer],
      endedAt: queue.length === 0 ? now : null,
    },
  };
}

/** Takes back the last grade: the card's schedule returns to what it was and its log is marked undone. Null if nothing to undo. */
export function undoLast(deck: Deck, session: StudySession, now: number): { deck: Deck; session: StudySession } | null {
  const last = session.answers.at(-1);
  if (!last) return null;
  let nextDeck = deck;
  if (last.logId !== null) {
    const cards = { ...deck.cards };
    if (last.before) cards[last.cardId] = last.before;
    else delete cards[last.cardId];
    const logs = deck.logs.map((l) => (l.id === last.logId ? { ...l, undoneAt: now } : l));
    nextDeck = { ...deck, cards, logs };
  }
  return {
    deck: nextDeck,
    session: {
      ...session,
      queue: last.queueBefore,
      flipped: false,
      shownAt: now,
      answers: session.answers.slice(0, -1),
      endedAt: null,
    },
  };
}

/** Ends the session early (the summary shows what was done). */
export function endSession(session: StudySession, now: number): StudySession {
  return session.endedAt !== null ? session : { ...session, endedAt: now };
}

export type SessionStats = {
  /** Different cards graded. */
  studied: number;
  /** Cards whose first grade in the session was not Again. */
  right: number;
  /** Grades given (a card that came back counts again). */
  answers: number;
  timeMs: number;
};

/** What the summary shows. */
export function sessionStats(session: StudySession): SessionStats {
  const first = new Map<string, Grade>();
  let timeMs = 0;
  for (const a of session.answers) {
    if (!first.has(a.cardId)) first.set(a.cardId, a.grade);
    timeMs += a.durationMs;
  }
  let right = 0;
  for (const g of first.values()) if (g !== 1) right++;
  return { studied: first.size, right, answers: session.answers.length, timeMs };
}
