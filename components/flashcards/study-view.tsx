"use client";

import { useEffect, useRef } from "react";
import type { Flashcard } from "@/core/bank/schema";
import { previewDue } from "@/core/scheduling/fsrs";
import type { StudySession } from "@/core/scheduling/session";
import { GRADES, type Grade } from "@/core/scheduling/types";
import { useCardsStore } from "@/stores/cards-store";
import { FirstSide, RevealedSide } from "./card-faces";
import { GradeButtons } from "./grade-buttons";
import { Kbd } from "@/components/ui/kbd";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { useNow } from "@/components/ui/use-now";
import { useStudyKeys } from "./use-study-keys";
import { endStudy, flipCard, gradeCard, undoGrade } from "./study-actions";
import { quantity } from "@/core/format";

/** One card of a session: its first side, the flip, the four grades, undo and the way out. */
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

  // The actions check the store themselves, so the keys never wait for this screen to re-render.
  useStudyKeys({ flip, grade, undo });

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
  const left = session.queue.length;

  return (
    <div>
      <div className="mb-4 flex flex-wrap items-center gap-3">
        <h2 className="mr-auto text-xl font-semibold">
          {cram ? "Cram" : "Review"}
          {session.direction === "back" ? ", reverse" : ""}
        </h2>
        <p className="tabular-nums" aria-live="polite">
          {quantity(left, "card")} left
        </p>
        <button type="button" className={secondaryButton} onClick={end}>
          End session
        </button>
      </div>
      {cram ? (
        <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
          Cram: your grades here do not change when cards are due. Again shows the card once more.
        </p>
      ) : null}

      <section
        ref={cardRef}
        tabIndex={-1}
        aria-label={`Card: ${session.direction === "front" ? card.front : card.back}`}
        className="rounded-xl border border-slate-300 bg-slate-50 p-6 shadow-sm dark:border-slate-700 dark:bg-slate-900"
        data-testid="flashcard"
        data-card-id={card.id}
      >
        <FirstSide card={card} direction={session.direction} />
        {session.flipped ? <RevealedSide card={card} direction={session.direction} /> : null}
      </section>
      {/* Screen readers hear the revealed side as soon as the card flips. */}
      <p className="sr-only" aria-live="polite" aria-atomic="true">
        {session.flipped
          ? `${session.direction === "front" ? "Answer" : "Question"}: ${session.direction === "front" ? card.back : card.front}`
          : ""}
      </p>

      <div className="mt-6">
        {session.flipped ? (
          <GradeButtons intervals={intervals} onGrade={grade} />
        ) : (
          <button type="button" className={`${primaryButton} w-full sm:w-auto`} onClick={flip}>
            Show answer <Kbd>Space</Kbd>
          </button>
        )}
      </div>

      <div className="mt-4 flex flex-wrap items-center gap-3">
        {canUndo ? (
          <button type="button" className={secondaryButton} onClick={undo}>
            Undo last grade <Kbd>Z</Kbd>
          </button>
        ) : null}
        <p className="text-sm text-slate-700 dark:text-slate-300">
          Keys: <Kbd>Space</Kbd> or <Kbd>Enter</Kbd> flip · <Kbd>1</Kbd>–<Kbd>4</Kbd> grade · <Kbd>Z</Kbd> undo
        </p>
      </div>
    </div>
  );
}
