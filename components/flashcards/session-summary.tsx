"use client";

import { useEffect, useRef } from "react";
import type { Bank } from "@/core/bank/schema";
import { cardsInPlay, sessionStats, type StudySession } from "@/core/scheduling/session";
import { deckSummary } from "@/core/scheduling/summary";
import { useCardsStore } from "@/stores/cards-store";
import { describeDue, formatDuration } from "@/core/format";
import { Kbd } from "@/components/ui/kbd";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { useNow } from "@/components/ui/use-now";
import { useStudyKeys } from "./use-study-keys";
import { undoGrade } from "./study-actions";

/** The end of a session: cards studied, how many right, time spent, when the next card is due. */
export function SessionSummary({ session, bank }: { session: StudySession; bank: Bank }) {
  const now = useNow();
  const cards = useCardsStore((s) => s.cards);
  const close = useCardsStore((s) => s.close);
  const undo = () => undoGrade(Date.now());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stats = sessionStats(session);
  const next = now === null ? null : deckSummary(cards, now, cardsInPlay(bank.flashcards, session.topic)).nextDue;
  const canUndo = session.answers.length > 0;

  useStudyKeys({ undo });
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);

  return (
    <section aria-labelledby="summary-heading">
      <h2 id="summary-heading" ref={headingRef} tabIndex={-1} className="text-2xl font-bold">
        {session.queue.length === 0 ? "Session complete" : "Session ended"}
      </h2>
      <dl className="mt-4 grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Item label="Cards studied" value={String(stats.studied)} />
        <Item label="Right first time" value={`${stats.right} of ${stats.studied}`} />
        <Item label="Time" value={formatDuration(stats.timeMs)} />
        <Item label="Next due" value={next === null ? "none yet" : describeDue(next, now ?? next)} />
      </dl>
      {session.mode === "cram" ? (
        <p className="mt-4">This was a cram session: when cards are due has not changed.</p>
      ) : null}
      <div className="mt-6 flex flex-wrap gap-3">
        <button type="button" className={primaryButton} onClick={() => close(Date.now())}>
          Back to the deck
        </button>
        {canUndo ? (
          <button type="button" className={secondaryButton} onClick={undo}>
            Undo last grade <Kbd>Z</Kbd>
          </button>
        ) : null}
      </div>
    </section>
  );
}

function Item({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-lg border border-slate-300 p-3 dark:border-slate-700">
      <dt className="text-sm text-slate-700 dark:text-slate-300">{label}</dt>
      <dd className="text-lg font-semibold">{value}</dd>
    </div>
  );
}
