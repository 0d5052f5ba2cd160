import type { Direction, StudySession } from "./session";

// What the study screen shows about a session, decided here so it can be tested without a browser.

export type SessionCounts = {
  /** Cards not yet seen in this session: goes down with every first grade. */
  left: number;
  /** Cards seen already that come back in this session (learning steps, or Again in cram). */
  again: number;
  /** Cards seen at least once. */
  seen: number;
};

/** How far a session has got: cards still to see for the first time, cards coming back, cards seen. */
export function sessionCounts(session: StudySession): SessionCounts {
  const seen = new Set(session.answers.map((a) => a.cardId));
  const queued = new Set(session.queue);
  let left = 0;
  for (const id of queued) if (!seen.has(id)) left++;
  return { left, again: queued.size - left, seen: seen.size };
}

/** A finished session's summary belongs to the day it ended: from an earlier day it is not shown again. */
export function isStaleSummary(session: StudySession, dayStart: number): boolean {
  return session.endedAt !== null && session.endedAt < dayStart;
}

/**
 * A session still running whose last card was shown before today (the tab was closed mid-session, then opened on a
 * later day): its queue and its undo belong to that day. Checked when the page opens, never while the learner studies
 * (a session across midnight carries on).
 */
export function isLeftFromEarlierDay(session: StudySession, dayStart: number): boolean {
  return session.endedAt === null && session.shownAt < dayStart;
}

/** The cards a session may use in a direction: reversed study keeps only the cards marked to reverse well. */
export function cardsForDirection<C extends { reversible?: boolean }>(cards: readonly C[], direction: Direction): C[] {
  return direction === "back" ? cards.filter((c) => c.reversible === true) : [...cards];
}

/** A saved direction as typed by storage: only the two known words count. */
export function readDirection(saved: string | null): Direction {
  return saved === "back" ? "back" : "front";
}
