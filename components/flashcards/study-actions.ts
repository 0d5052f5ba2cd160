"use client";

import { repairSchedules } from "@/core/scheduling/fsrs";
import {
  endSession,
  flip,
  gradeCurrent,
  startSession,
  undoLast,
  type CardRef,
  type SessionOptions,
} from "@/core/scheduling/session";
import type { Grade } from "@/core/scheduling/types";
import { startOfLocalDay } from "@/core/day";
import { useCardsStore } from "@/stores/cards-store";
import { freshId, freshSeed } from "@/lib/random";

// Study actions over the cards store. They sit here, not in the store, because they need the scheduler (ts-fsrs),
// which only this page should load.
const store = useCardsStore;

/** Starts a session over the given bank cards; returns false (and starts nothing) when no card is ready. */
export function startStudy(options: SessionOptions, cards: readonly CardRef[]): boolean {
  const now = Date.now();
  const seed = freshSeed();
  const session = startSession(freshId(now), options, store.getState(), cards, now, startOfLocalDay(now), seed);
  if (session.queue.length === 0) return false;
  store.setState({ session, sessionUpdatedAt: now });
  return true;
}

// Each action decides from the store as it is now, not from what the screen last rendered, so a key pressed
// right after another (Space then 4, a grade then Z) acts on the state the first one left. Each says whether it acted.

/** Shows the answer side; false when there is no card face down. */
export function flipCard(): boolean {
  const { session } = store.getState();
  if (!session || session.flipped || session.endedAt !== null) return false;
  store.setState({ session: flip(session), sessionUpdatedAt: Date.now() });
  return true;
}

/** Grades the card on screen; false unless its answer is showing. */
export function gradeCard(grade: Grade): boolean {
  const state = store.getState();
  if (!state.session || !state.session.flipped || state.session.endedAt !== null) return false;
  const now = Date.now();
  const { deck, session } = gradeCurrent(state, state.session, grade, now, freshId(now));
  store.setState({ cards: deck.cards, logs: deck.logs, session, sessionUpdatedAt: now });
  return true;
}

/** Takes back the last grade of the session; false when there is none. */
export function undoGrade(): boolean {
  const state = store.getState();
  if (!state.session) return false;
  const now = Date.now();
  const result = undoLast(state, state.session, now);
  if (!result) return false;
  store.setState({
    cards: result.deck.cards,
    logs: result.deck.logs,
    session: result.session,
    sessionUpdatedAt: now,
  });
  return true;
}

/** Stops early and shows the summary. */
export function endStudy(): void {
  const { session } = store.getState();
  const now = Date.now();
  if (session) store.setState({ session: endSession(session, now), sessionUpdatedAt: now });
}

/** Replays the logs for any card whose schedule disagrees with its latest review (see combineDecks). */
export function repairDeck(): void {
  const { cards, logs, settings } = store.getState();
  const repaired = repairSchedules(cards, logs, settings);
  if (repaired !== cards) store.setState({ cards: repaired });
}
