"use client";

import type { CardRef, SessionOptions } from "@/core/scheduling/session";
import {
  beginStudy,
  endStudy as endStudyStep,
  flipStudyCard,
  gradeStudyCard,
  repairDeck as repairDeckStep,
  undoStudyGrade,
  type StudyPatch,
} from "@/core/scheduling/study";
import type { Grade } from "@/core/scheduling/types";
import { startOfLocalDay } from "@/core/day";
import { useCardsStore } from "@/stores/cards-store";
import { freshId, freshSeed } from "@/lib/random";

// The cards store wired to core's study steps (core/scheduling/study.ts). They sit here, not in the store, because
// they need the scheduler (ts-fsrs), which only this page should load. The caller passes `now`.
const store = useCardsStore;

// Each action decides from the store as it is now, not from what the screen last rendered, so a key pressed
// right after another (Space then 4, a grade then Z) acts on the state the first one left. Each says whether it acted.
function apply(patch: StudyPatch | null): boolean {
  if (patch) store.setState(patch);
  return patch !== null;
}

/** Starts a session over the given bank cards; returns false (and starts nothing) when no card is ready. */
export function startStudy(options: SessionOptions, cards: readonly CardRef[], now: number): boolean {
  const at = { now, dayStart: startOfLocalDay(now), sessionId: freshId(now), seed: freshSeed() };
  return apply(beginStudy(store.getState(), options, cards, at));
}

/** Shows the answer side; false when there is no card face down. */
export const flipCard = (now: number): boolean => apply(flipStudyCard(store.getState(), now));

/** Grades the card on screen; false unless its answer is showing. */
export const gradeCard = (grade: Grade, now: number): boolean =>
  apply(gradeStudyCard(store.getState(), grade, now, freshId(now)));

/** Takes back the last grade of the session; false when there is none. */
export const undoGrade = (now: number): boolean => apply(undoStudyGrade(store.getState(), now));

/** Stops early and shows the summary. */
export const endStudy = (now: number): boolean => apply(endStudyStep(store.getState(), now));

/** Replays the logs for any card whose schedule disagrees with its latest review (see combineDecks). */
export const repairDeck = (): boolean => apply(repairDeckStep(store.getState()));
