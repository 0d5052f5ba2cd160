"use client";

import { useEffect, useRef } from "react";
import type { Flashcard } from "@/core/bank/schema";
import { previewDue } from "@/core/scheduling/fsrs";
import type { StudySession } from "@/core/scheduling/session";
import { sessionCounts } from "@/core/scheduling/session-view";
import { GRADES, type Grade } from "@/core/scheduling/types";
import { useCardsStore } from "@/stores/cards-store";
import { Button } from "@/components/ui/button";
import { Kbd, KeyHints } from "@/components/ui/kbd";
import { FocusBar, FocusExit, FocusProgress } from "@/components/ui/focus-bar";
import { FirstSide, RevealedSide } from "./card-faces";
import { GradeButtons } from "./grade-buttons";
import { useNow } from "@/components/ui/use-now";
import { useStudyKeys } from "./use-study-keys";
import { quantity } from "@/core/format";
import { endStudy, flipCard, gradeCard, undoGrade } from "./study-actions";

/** One card of a session: its first side, the flip (tap the card, the button or Space), the grades, undo, the way out. */
export function StudyView({ session, card }: { session: StudySession; card: Flashcard }) {
  const now = useNow();
  const schedule = useCardsStore((s) => s.cards[card.id]);
  const settings = useCardsStore((s) => s.settings);
  const flip = () => flipCard(Date.now());
  const grade = (g: Grade) => gradeCard(g, Date.now());
  const undo = () => undoGrade(Date.now());
  const end = () => endStudy(Date.now());
  const cardRef = useRef<HTMLElement>(null);
  const cram = session.mode === "cram";
  const canUndo = session.answers.length > 0;
  const counts = sessionCounts(session);

  // The actions check the store themselves, so the keys never wait for this screen to re-render.
  useStudyKeys({ flip, grade, undo });

  // A session starts at the top of the page, wherever the deck was scrolled to.
  useEffect(() => {
    window.scrollTo({ top: 0 });
  }, [session.id]);

  // Keep the keyboard user's place: after a flip or a grade the pressed button is gone, so focus goes to the card.
  useEffect(() => {
    const active = document.activeElement;
    if (!active || active === document.body || !active.isConnected) cardRef.current?.focus({ preventScroll: true });
  }, [card.id, session.flipped, session.answers.length]);

  let intervals: Record<Grade, number> | null = null;
  if (!cram && session.flipped && now !== null) {
    const due = previewDue(schedule, now, settings);
    intervals = Object.fromEntries(GRADES.map((g) => [g, due[g] - now])) as Record<Grade, number>;
  }

  const total = counts.seen + counts.left;
  return (
    <div className="mx-auto max-w-2xl">
      {/* On a phone the session fills the screen: the card takes the middle and the action rests at its foot. */}
      <div className="flex flex-col max-sm:min-h-dvh">
        <FocusBar label="Flashcard session">
          <FocusExit label="End session" onExit={end} />
          <FocusProgress
            current={counts.seen}
            total={total}
            done={(i) => i < counts.seen}
            label="Session progress"
            valueText={`${counts.seen} of ${total} cards done`}
            segments={false}
          />
          <span aria-hidden="true" className="shrink-0 font-bold tabular-nums">
            {counts.seen}/{total}
          </span>
        </FocusBar>
        <div className="mt-2 flex flex-wrap items-baseline gap-x-2 text-sm text-muted">
          <h2 className="font-semibold text-fg">
            {cram ? "Cram" : "Review"}
            {session.direction === "back" ? ", reverse" : ""}
          </h2>
          <p className="tabular-nums" aria-live="polite" data-testid="cards-left">
            <span>{quantity(counts.left, "card")} left</span>
            {counts.again > 0 ? <span> · {counts.again} coming back</span> : null}
          </p>
        </div>
        {cram ? (
          <p className="mt-3 text-sm text-muted">
            Cram: your grades here do not change when cards are due. Again shows the card once more.
          </p>
        ) : null}

        <section
          ref={cardRef}
          tabIndex={-1}
          aria-label={`Card: ${session.direction === "front" ? card.front : card.back}`}
          onClick={(e) => {
            // Tapping the card turns it over; links on the revealed side keep their own click.
            if (!session.flipped && !(e.target as HTMLElement).closest("a, button")) flip();
          }}
          className={`mt-3 flex min-h-64 flex-col justify-center rounded-sheet max-sm:flex-1 border border-line bg-surface p-6 shadow-raised sm:p-8 ${
            session.flipped ? "" : "cursor-pointer"
          }`}
          data-testid="flashcard"
          data-card-id={card.id}
        >
          <FirstSide card={card} direction={session.direction} />
          {session.flipped ? (
            <RevealedSide card={card} direction={session.direction} />
          ) : (
            <p className="mt-6 text-center text-sm text-muted" aria-hidden="true">
              Tap or click the card to see the {session.direction === "front" ? "answer" : "question"}
            </p>
          )}
        </section>
        {/* Screen readers hear the revealed side as soon as the card flips. */}
        <p className="sr-only" aria-live="polite" aria-atomic="true">
          {session.flipped
            ? `${session.direction === "front" ? "Answer" : "Question"}: ${session.direction === "front" ? card.back : card.front}`
            : ""}
        </p>

        {/* "Show answer" and the grades share one place and one height at the foot of the screen: the thumb that
          turned the card finds the grades right there. */}
        <div className="sticky bottom-0 z-20 -mx-4 mt-4 bg-bg/95 px-4 pt-3 pb-[max(0.75rem,env(safe-area-inset-bottom))] backdrop-blur supports-[backdrop-filter]:bg-bg/80 sm:mx-0 sm:px-0">
          {session.flipped ? (
            <GradeButtons intervals={intervals} onGrade={grade} />
          ) : (
            <Button size="lg" className="min-h-16! w-full" onClick={flip}>
              Show answer <Kbd>Space</Kbd>
            </Button>
          )}
        </div>
      </div>

      <div className="mt-2 flex flex-wrap items-center gap-3">
        {canUndo ? (
          <Button variant="secondary" onClick={undo}>
            Undo last grade <Kbd>Z</Kbd>
          </Button>
        ) : null}
        <KeyHints>
          Keys: <Kbd>Space</Kbd> or <Kbd>Enter</Kbd> flip · <Kbd>1</Kbd>–<Kbd>4</Kbd> grade · <Kbd>Z</Kbd> undo
        </KeyHints>
      </div>
    </div>
  );
}
