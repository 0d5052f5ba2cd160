"use client";

import type { CardRef, SessionOptions } from "@/core/scheduling/session";

// Studying needs the scheduler (ts-fsrs, through study-actions): it is not part of the page's first JavaScript but is
// fetched in the background once the deck shows (and precached by the service worker, so it works offline).
type StudyActions = typeof import("./study-actions");
let actions: StudyActions | undefined;
let pending: Promise<StudyActions> | undefined;

export function loadStudyActions(): Promise<StudyActions> {
  pending ??= import("./study-actions").then(
    (m) => (actions = m),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

let starting = false;

/** Starts a session: at once when the study code is here (the usual case), else as soon as it arrives. */
export function startStudyWhenLoaded(options: SessionOptions, cards: readonly CardRef[]): void {
  if (actions) {
    actions.startStudy(options, cards, Date.now());
    return;
  }
  // A second click while the code loads starts nothing more; if it cannot load, a later click tries again.
  if (starting) return;
  starting = true;
  loadStudyActions()
    .then((m) => m.startStudy(options, cards, Date.now()))
    .catch(() => undefined)
    .finally(() => {
      starting = false;
    });
}

/** Brings every schedule in line with its latest review (see repairDeck), once the scheduler is here. */
export function repairDeckWhenLoaded(): void {
  if (actions) actions.repairDeck();
  else
    loadStudyActions()
      .then((m) => m.repairDeck())
      .catch(() => undefined);
}
