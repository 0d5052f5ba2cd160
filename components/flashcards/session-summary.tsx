"use client";

import { useEffect, useRef } from "react";
import type { Bank } from "@/core/bank/schema";
import { cardsInPlay, sessionStats, type StudySession } from "@/core/scheduling/session";
import { deckSummary } from "@/core/scheduling/summary";
import { useCardsStore } from "@/stores/cards-store";
import { describeDue, formatDuration } from "@/core/format";
import { Kbd } from "@/components/ui/kbd";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Stat, StatGrid } from "@/components/ui/stat";
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
    <section aria-labelledby="summary-heading" className="grid gap-4">
      <Card className="text-center">
        <h2 id="summary-heading" ref={headingRef} tabIndex={-1} className="text-display">
          {session.queue.length === 0 ? "Session complete" : "Session ended"}
        </h2>
        <p className="mt-2 text-muted">
          {stats.studied === 0
            ? "No card was graded in this session."
            : stats.right === stats.studied
              ? "You knew every card the first time."
              : "Cards you missed come back sooner, so they stick."}
        </p>
      </Card>
      <StatGrid>
        <Stat label="Cards studied" value={String(stats.studied)} />
        <Stat label="Right first time" value={`${stats.right} of ${stats.studied}`} />
        <Stat label="Time" value={formatDuration(stats.timeMs)} />
        <Stat label="Next due" value={next === null ? "none yet" : describeDue(next, now ?? next)} />
      </StatGrid>
      {session.mode === "cram" ? <p>This was a cram session: when cards are due has not changed.</p> : null}
      <div className="flex flex-wrap gap-3">
        <Button onClick={() => close(Date.now())}>Back to the deck</Button>
        {canUndo ? (
          <Button variant="secondary" onClick={undo}>
            Undo last grade <Kbd>Z</Kbd>
          </Button>
        ) : null}
      </div>
    </section>
  );
}
