"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { AppLink } from "@/components/ui/app-link";
import { StartFailed } from "./start-failed";
import { loadBank, useBank } from "@/components/bank/use-bank";
import { useNow } from "@/components/ui/use-now";
import { primaryButton } from "@/components/ui/styles";
import { quantity } from "@/core/format";
import { DEFAULT_QUIZ_SETTINGS } from "@/core/quiz/settings";
import { deckSummary } from "@/core/scheduling/summary";
import { reviewTimes } from "@/core/scheduling/archive";
import { today, type NextStep, type Today } from "@/core/progress/today";
import { freshSeed } from "@/lib/random";
import { useHydrated } from "@/stores/persisted";
import { useQuizStore } from "@/stores/quiz-store";
import { useCardsStore } from "@/stores/cards-store";

/** At most this many missed questions in one retry quiz. */
const RETRY_LIMIT = 10;

const CONTINUE_LABEL: Record<NextStep, string> = {
  resume: "Continue your quiz",
  cards: "Review the cards due",
  retry: "Retry the questions you missed",
  quiz: "Continue with a quick quiz",
};

function useToday(): Today | null {
  const quizReady = useHydrated(useQuizStore);
  const cardsReady = useHydrated(useCardsStore);
  const now = useNow();
  const bankState = useBank();
  const current = useQuizStore((s) => s.current);
  const attempts = useQuizStore((s) => s.attempts);
  const history = useQuizStore((s) => s.history);
  const cards = useCardsStore((s) => s.cards);
  const logs = useCardsStore((s) => s.logs);
  const archive = useCardsStore((s) => s.archive);
  if (!quizReady || !cardsReady || now === null || bankState.status !== "ready") return null;
  if (!current && attempts.length === 0 && logs.length === 0 && Object.keys(history).length === 0) return null;
  const { bank } = bankState;
  const activeCards = bank.flashcards.filter((c) => !c.retired).map((c) => c.id);
  return today({
    quizInProgress: current !== null,
    cardsDue: deckSummary(cards, now, activeCards).due,
    history,
    activeQuestions: bank.questions.filter((q) => !q.retired).map((q) => q.id),
    activity: [...attempts.map((a) => a.endedAt), ...reviewTimes(logs, archive)],
    now,
  });
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div className="min-w-0">
      <dt className="text-sm text-muted">{label}</dt>
      <dd className="text-2xl font-extrabold tracking-tight tabular-nums">{value}</dd>
    </div>
  );
}

/** The one Continue button: a link where the next step is a page, a button where it starts a quiz first. */
function ContinueAction({ plan }: { plan: Today }) {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "starting" | "error">("idle");
  const label = CONTINUE_LABEL[plan.next];
  const className = `${primaryButton} w-full sm:w-auto`;
  if (plan.next === "resume" || plan.next === "cards")
    return (
      <AppLink href={plan.next === "resume" ? "/quiz/" : "/flashcards/"} className={className}>
        {label} <span aria-hidden="true">→</span>
      </AppLink>
    );
  const start = async () => {
    setState("starting");
    try {
      // The quiz engine is only fetched now: showing the figures does not need it.
      const [bank, actions] = await Promise.all([loadBank(), import("@/stores/quiz-actions")]);
      if (plan.next === "retry") actions.startPracticeOf(bank, plan.retry.slice(0, RETRY_LIMIT), Date.now());
      else if (!actions.startQuiz(bank, DEFAULT_QUIZ_SETTINGS, freshSeed(), Date.now(), "quiz").ok)
        throw new Error("not enough questions");
      router.push("/quiz/");
    } catch {
      setState("error");
    }
  };
  return (
    <>
      <button type="button" className={className} onClick={() => void start()} disabled={state === "starting"}>
        {state === "starting" ? "Starting…" : label}
      </button>
      {state === "error" ? <StartFailed className="mt-2 text-sm" /> : null}
    </>
  );
}

/** What a returning learner has today, or, before saved progress is read, the same card's shape to hold its place. */
function TodayCard({ plan, visible }: { plan: Today | null; visible: boolean }) {
  const shown: Today = plan ?? { cardsDue: 0, retry: [], streak: 0, studiedToday: false, next: "quiz" };
  return (
    <section
      aria-labelledby={visible ? "today-heading" : undefined}
      className={`col-start-1 row-start-1 self-start rounded-card border border-accent/40 bg-surface p-4 shadow-card sm:flex sm:flex-wrap sm:items-center sm:gap-x-10 sm:gap-y-3 sm:p-6 ${visible ? "" : "invisible"}`}
      data-today={visible ? "" : undefined}
    >
      {visible ? (
        <h1 id="today-heading" className="text-display tracking-tight">
          Today
        </h1>
      ) : (
        <p className="text-display">Today</p>
      )}
      <dl className="mt-2 grid grid-cols-3 gap-3 sm:mt-0 sm:flex-1">
        <Figure label="Cards due" value={String(shown.cardsDue)} />
        <Figure label="To retry" value={String(shown.retry.length)} />
        <Figure label="Streak" value={quantity(shown.streak, "day")} />
      </dl>
      <div className="mt-3 sm:mt-0">
        <ContinueAction plan={shown} />
      </div>
    </section>
  );
}

/**
 * The top of home. The page is prerendered for a new visitor (the hero, passed in as `children`); once saved progress
 * has been read, a returning learner's Today card takes the hero's place. Both sit in one grid cell, so the space is
 * held from the first paint and nothing below moves when they swap (CLS 0).
 */
export function HomeLead({ children }: { children: React.ReactNode }) {
  const plan = useToday();
  return (
    <div className="grid">
      <div className={`col-start-1 row-start-1 ${plan ? "invisible" : ""}`}>{children}</div>
      <TodayCard plan={plan} visible={plan !== null} />
    </div>
  );
}
