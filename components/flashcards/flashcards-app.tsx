"use client";

import { AppLink } from "@/components/ui/app-link";
import { useEffect, useMemo, useState } from "react";
import { useBank } from "@/components/bank/use-bank";
import { isLeftFromEarlierDay, isStaleSummary } from "@/core/scheduling/session-view";
import { Notice } from "@/components/ui/notice";
import { startOfLocalDay } from "@/core/day";
import { useCardsHydrated, useCardsStore } from "@/stores/cards-store";
import { DeckOverview } from "./deck-overview";
import { useDirection } from "./use-direction";
import { useNow } from "@/components/ui/use-now";
import { loadStudyActions, repairDeckWhenLoaded } from "./load-study";
import { preloadable } from "@/components/ui/preloadable";

// A session and its summary are only shown after "Study now" or "Cram": their code (and ts-fsrs) is not part of the
// page's first JavaScript, but is fetched in the background while the deck shows.
const StudyView = preloadable(() => import("./study-view").then((m) => m.StudyView), "Loading your cards…");
const SessionSummary = preloadable(
  () => import("./session-summary").then((m) => m.SessionSummary),
  "Loading your cards…",
);

/** The flashcards page: overview of the deck, a session in progress, or its summary. */
export function FlashcardsApp() {
  const bank = useBank();
  const hydrated = useCardsHydrated();
  const session = useCardsStore((s) => s.session);
  const prune = useCardsStore((s) => s.prune);
  const close = useCardsStore((s) => s.close);
  const [topic, setTopic] = useState<string | null>(null);
  const [direction, setDirection] = useDirection();
  const byId = useMemo(
    () => new Map(bank.status === "ready" ? bank.bank.flashcards.map((c) => [c.id, c]) : []),
    [bank],
  );

  // After loading (and after another tab saved), make every schedule agree with its latest review.
  const logCount = useCardsStore((s) => s.logs.length);
  useEffect(() => {
    if (hydrated) repairDeckWhenLoaded();
  }, [hydrated, logCount]);

  // Fetch the study code while the learner looks at the deck, so "Study now" starts at once.
  useEffect(() => {
    StudyView.preload().catch(() => undefined);
    SessionSummary.preload().catch(() => undefined);
    loadStudyActions().catch(() => undefined);
  }, []);

  // The summary of a session that ended on an earlier day is old news: go straight to the deck.
  const now = useNow();
  const stale = session !== null && now !== null && isStaleSummary(session, startOfLocalDay(now));
  useEffect(() => {
    if (hydrated && stale) close(Date.now());
  }, [hydrated, stale, close]);
  // So is a session left running on an earlier day (the tab closed mid-session): its grades are saved; the page opens
  // on today's deck (what is due, today's new cards), and Undo does not reach back a day. Checked once, on opening.
  const [openedAt] = useState(() => Date.now());
  const leftBehind = session !== null && isLeftFromEarlierDay(session, startOfLocalDay(openedAt));
  useEffect(() => {
    if (hydrated && leftBehind) close(Date.now());
  }, [hydrated, leftBehind, close]);

  // A saved session may name cards the bank no longer has (an old save, edited storage): skip them.
  useEffect(() => {
    if (hydrated && bank.status === "ready" && session) prune(new Set(byId.keys()), Date.now());
  }, [hydrated, bank.status, session, byId, prune]);

  if (bank.status === "error") {
    return (
      <Notice tone="error" role="alert">
        <p>{bank.message}</p>
        <AppLink href="/" className="mt-2 inline-block font-semibold text-accent-ink underline">
          Go to the home page
        </AppLink>
      </Notice>
    );
  }
  if (bank.status === "loading" || !hydrated) {
    return <p role="status">Loading your cards…</p>;
  }
  if (bank.bank.flashcards.length === 0) {
    return <p>There are no flashcards yet. Try the quiz in the meantime.</p>;
  }
  const current = session?.queue[0];
  const card = current === undefined ? undefined : byId.get(current);
  if (session && session.endedAt === null && card && !leftBehind) return <StudyView session={session} card={card} />;
  if (session && session.endedAt !== null && !stale) return <SessionSummary session={session} bank={bank.bank} />;
  if (session && current !== undefined && !card) return <p role="status">Loading your cards…</p>;
  return (
    <DeckOverview
      bank={bank.bank}
      choice={{ topic, direction }}
      onChoice={(c) => {
        setTopic(c.topic);
        setDirection(c.direction);
      }}
    />
  );
}
