import { repairSchedules } from "./fsrs";
import { isFolded } from "./archive";
import { foldOldReviews } from "./fold";
import type { DeckData } from "./deck";
import { endSession, flip, gradeCurrent, startSession, undoLast, type CardRef, type SessionOptions } from "./session";
import type { Grade } from "./types";

// The study actions of the flashcards page, as pure steps over the saved deck: each takes the deck as it is now and
// returns what changes (to merge into the store), or null when the action does not apply (so a key keeps its usual
// meaning). `now`, ids and seeds come from the caller.

/** What a study action changes in the saved deck. */
export type StudyPatch = Partial<DeckData>;

/** Starts a session over the given bank cards; null (nothing starts) when no card is ready. */
export function beginStudy(
  deck: DeckData,
  options: SessionOptions,
  cards: readonly CardRef[],
  at: { now: number; dayStart: number; sessionId: string; seed: number },
): StudyPatch | null {
  const session = startSession(at.sessionId, options, deck, cards, at.now, at.dayStart, at.seed);
  return session.queue.length === 0 ? null : { session, sessionUpdatedAt: at.now };
}

/** Shows the answer side; null when there is no card face down. */
export function flipStudyCard(deck: DeckData, now: number): StudyPatch | null {
  const { session } = deck;
  if (!session || session.flipped || session.endedAt !== null) return null;
  return { session: flip(session), sessionUpdatedAt: now };
}

/** Grades the card on screen (its review log gets `logId`); null unless its answer is showing. */
export function gradeStudyCard(deck: DeckData, grade: Grade, now: number, logId: string): StudyPatch | null {
  if (!deck.session || !deck.session.flipped || deck.session.endedAt !== null) return null;
  const result = gradeCurrent(deck, deck.session, grade, now, logId);
  const archive = withBase(deck, result.deck.logs.length > deck.logs.length ? deck.session.queue[0] : undefined);
  // Old reviews are folded into the archive as the log grows, never this session's (undo may need them).
  const folded = foldOldReviews({ ...deck, logs: result.deck.logs, archive }, now, deck.session.startedAt);
  return {
    cards: result.deck.cards,
    logs: result.deck.logs,
    ...(archive !== deck.archive ? { archive } : {}),
    ...folded,
    session: result.session,
    sessionUpdatedAt: now,
  };
}

/**
 * The archive, with a base for `cardId` when the card is reviewed again after all its reviews were folded: a replay
 * of its new review then starts from its schedule as it was (see ./archive).
 */
function withBase(deck: DeckData, cardId: string | undefined) {
  const { archive } = deck;
  const before = cardId === undefined ? undefined : deck.cards[cardId];
  if (!archive || !before || cardId === undefined || archive.base[cardId] || !isFolded(before, archive)) return archive;
  return { ...archive, base: { ...archive.base, [cardId]: before } };
}

/** Takes back the last grade of the session; null when there is none. */
export function undoStudyGrade(deck: DeckData, now: number): StudyPatch | null {
  if (!deck.session) return null;
  const result = undoLast(deck, deck.session, now);
  if (!result) return null;
  return { cards: result.deck.cards, logs: result.deck.logs, session: result.session, sessionUpdatedAt: now };
}

/** Stops early so the summary shows; null when there is no session. */
export function endStudy(deck: DeckData, now: number): StudyPatch | null {
  return deck.session ? { session: endSession(deck.session, now), sessionUpdatedAt: now } : null;
}

/** Replays the logs for any card whose schedule disagrees with its latest review (see combineDecks); null if none does. */
export function repairDeck(deck: DeckData): StudyPatch | null {
  const repaired = repairSchedules(deck.cards, deck.logs, deck.settings, deck.archive);
  return repaired === deck.cards ? null : { cards: repaired };
}
