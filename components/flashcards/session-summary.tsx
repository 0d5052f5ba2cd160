"use client";

import { useEffect, useRef } from "react";
import type { Bank } from "@/core/bank/schema";
import { cardsInPlay, sessionStats, type StudySession } from "@/core/scheduling/session";
import { deckSummary } from "@/core/scheduling/summary";
import { useCardsStore } from "@/stores/cards-store";
import { describeInterval, formatDuration, formatWeekdayTime } from "@/core/format";
import { AppLink } from "@/components/ui/app-link";
import { Kbd } from "@/components/ui/kbd";
import { Button, buttonClass } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { ScoreRing } from "@/components/ui/score-ring";
import { useNow } from "@/components/ui/use-now";
import { useStudyKeys } from "./use-study-keys";
import { undoGrade } from "./study-actions";

/** One figure of the summary: its name on the left, the value on the right, a caption under the value. */
function Row({ label, value, caption }: { label: string; value: string; caption?: string }) {
  return (
    <div className="flex items-baseline justify-between gap-4 py-2.5">
      <dt className="text-muted">{label}</dt>
      <dd className="text-right font-semibold tabular-nums">
        {value}
        {caption ? <span className="block text-sm font-normal text-muted">{caption}</span> : null}
      </dd>
    </div>
  );
}

/** "in 10 minutes" with its day and time as the caption, so the value stays one line. */
function nextDue(next: number | null, now: number | null): { value: string; caption?: string } {
  if (next === null || now === null) return { value: "none yet" };
  if (next <= now) return { value: "now" };
  return { value: `in ${describeInterval(next - now)}`, caption: formatWeekdayTime(next) };
}

/**
 * The end of a session: a ring of the cards known the first time, a word of congratulation and the next step (a quiz,
 * or back to the deck) on the first screen of a phone, then cards studied, time spent and when the next card is due.
 */
export function SessionSummary({ session, bank }: { session: StudySession; bank: Bank }) {
  const now = useNow();
  const cards = useCardsStore((s) => s.cards);
  const close = useCardsStore((s) => s.close);
  const undo = () => undoGrade(Date.now());
  const headingRef = useRef<HTMLHeadingElement>(null);
  const stats = sessionStats(session);
  const next = now === null ? null : deckSummary(cards, now, cardsInPlay(bank.flashcards, session.topic)).nextDue;
  const canUndo = session.answers.length > 0;
  const studied = stats.studied > 0;

  useStudyKeys({ undo });
  useEffect(() => headingRef.current?.focus({ preventScroll: true }), []);

  return (
    <section aria-labelledby="summary-heading" className="mx-auto grid w-full max-w-xl gap-4">
      <Card className="flex flex-col items-center gap-3 text-center">
        {studied ? (
          <ScoreRing score={stats.right / stats.studied} size={88} label={`${stats.right}/${stats.studied}`} />
        ) : null}
        <h2 id="summary-heading" ref={headingRef} tabIndex={-1} className="text-title font-extrabold">
          {session.queue.length === 0 ? "Session complete" : "Session ended"}
          {studied ? ", well done!" : ""}
        </h2>
        <p className="text-muted">
          {!studied
            ? "No card was graded in this session."
            : stats.right === stats.studied
              ? "You knew every card the first time."
              : `You knew ${stats.right} of ${stats.studied} the first time. Cards you missed come back sooner, so they stick.`}
        </p>
        <div className="grid w-full gap-3 sm:flex sm:w-auto sm:justify-center">
          <AppLink href="/quiz/" className={buttonClass("primary")}>
            Take a quick quiz
          </AppLink>
          <Button variant="secondary" onClick={() => close(Date.now())}>
            Back to the deck
          </Button>
        </div>
      </Card>
      <Card>
        <dl className="divide-y divide-line">
          <Row label="Cards studied" value={String(stats.studied)} />
          <Row label="Right first time" value={`${stats.right} of ${stats.studied}`} />
          <Row label="Time" value={formatDuration(stats.timeMs)} />
          <Row label="Next due" {...nextDue(next, now)} />
        </dl>
      </Card>
      {session.mode === "cram" ? <p>This was a cram session: when cards are due has not changed.</p> : null}
      {canUndo ? (
        <div>
          <Button variant="secondary" onClick={undo}>
            Undo last grade <Kbd>Z</Kbd>
          </Button>
        </div>
      ) : null}
    </section>
  );
}
