"use client";

import { AppLink } from "@/components/ui/app-link";
import { StartFailed } from "./start-failed";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { loadBank, useBank } from "@/components/bank/use-bank";
import { DEFAULT_QUIZ_SETTINGS } from "@/core/quiz/settings";
import { deckSummary } from "@/core/scheduling/summary";
import { useHydrated } from "@/stores/persisted";
import { useQuizStore } from "@/stores/quiz-store";
import { useCardsStore } from "@/stores/cards-store";
import { useNow } from "@/components/ui/use-now";
import { primaryButton } from "@/components/ui/styles";
import { quantity } from "@/core/format";
import { freshSeed } from "@/lib/random";

const card =
  "group block h-full rounded-card border border-line bg-surface p-5 shadow-card transition-colors hover:border-accent";

function StepLink({ href, title, text }: { href: string; title: string; text: string }) {
  return (
    <li>
      <AppLink href={href} className={card}>
        <span className="text-lg font-semibold text-accent-ink underline-offset-4 group-hover:underline">
          {title} <span aria-hidden="true">→</span>
        </span>
        <span className="mt-1 block text-muted">{text}</span>
      </AppLink>
    </li>
  );
}

/** One click: a 10-question adaptive practice quiz, then straight to it. */
function QuickQuiz() {
  const router = useRouter();
  const [state, setState] = useState<"idle" | "starting" | "error">("idle");
  const start = async () => {
    setState("starting");
    try {
      // The quiz engine (generator, scorer) is only fetched now: reading progress on this page does not need it.
      const [bank, { startQuiz }] = await Promise.all([loadBank(), import("@/stores/quiz-actions")]);
      const result = startQuiz(bank, DEFAULT_QUIZ_SETTINGS, freshSeed(), Date.now(), "quiz");
      if (!result.ok) throw new Error("not enough questions");
      router.push("/quiz/");
    } catch {
      setState("error");
    }
  };
  return (
    // A full-width band above the other cards (text left, button right on wider screens), so no card beside it is
    // stretched to its height.
    <li className="flex flex-col items-start gap-3 rounded-card border border-accent/40 bg-accent-soft p-5 shadow-card sm:col-span-2 sm:flex-row sm:flex-wrap sm:items-center sm:justify-between lg:col-span-3">
      <span>
        <span className="block text-lg font-bold">Quick quiz</span>
        <span className="mt-1 block text-muted">
          {DEFAULT_QUIZ_SETTINGS.count} questions, feedback after each, weakest first.
        </span>
      </span>
      <button
        type="button"
        className={`${primaryButton} w-full sm:w-auto`}
        onClick={() => void start()}
        disabled={state === "starting"}
      >
        {state === "starting" ? "Starting…" : "Start a quick quiz"}
      </button>
      {state === "error" ? <StartFailed className="text-sm sm:basis-full" /> : null}
    </li>
  );
}

/** The study hub: resume the quiz in progress, cards due, a quick quiz, the article, and building an assignment. */
export function NextSteps() {
  const quizReady = useHydrated(useQuizStore);
  const cardsReady = useHydrated(useCardsStore);
  const now = useNow();
  const bankState = useBank();
  const current = useQuizStore((s) => s.current);
  const attempts = useQuizStore((s) => s.attempts.length);
  const cards = useCardsStore((s) => s.cards);
  const reviews = useCardsStore((s) => s.logs.length);
  const ready = quizReady && cardsReady && now !== null;

  const activeCards =
    bankState.status === "ready" ? bankState.bank.flashcards.filter((c) => !c.retired).map((c) => c.id) : undefined;
  const due = ready ? deckSummary(cards, now, activeCards).due : 0;
  const firstVisit = ready && !current && attempts === 0 && reviews === 0;

  return (
    <section aria-labelledby="next-heading" className="mt-8">
      <h2 id="next-heading" className="text-title font-bold">
        {ready && !firstVisit ? "Your next step" : "Where to start"}
      </h2>
      {/* Two lines held for this text until it fits on one (lg), so nothing below moves when saved progress loads. */}
      <p className="mt-1 min-h-12 text-muted lg:min-h-0">
        {ready && !firstVisit
          ? "Pick up where you left off, or review what is due."
          : "New here? Read the article once, then take a quick quiz."}
      </p>
      <ul className="mt-4 grid gap-4 sm:grid-cols-2 lg:grid-cols-3" aria-busy={!ready}>
        {ready && current ? (
          <StepLink
            href="/quiz/"
            title="Resume your quiz"
            text={`Question ${current.index + 1} of ${current.questionIds.length}; ${Object.keys(current.responses).length} answered so far.`}
          />
        ) : (
          <QuickQuiz />
        )}
        {ready && due > 0 ? (
          <StepLink
            href="/flashcards/"
            title={`${quantity(due, "card")} due now`}
            text="Review them while they are fresh: a few minutes."
          />
        ) : (
          <StepLink href="/flashcards/" title="Review flashcards" text="Spaced repetition, a few minutes a day." />
        )}
        <StepLink href="/article/" title="Read the article" text="The full text, paragraph by paragraph." />
        <StepLink href="/teach/" title="For teachers: build an assignment" text="Pick questions and send a link." />
        {ready && !firstVisit ? (
          <StepLink href="/progress/" title="See your progress" text="Mastery by topic, streak and past attempts." />
        ) : null}
      </ul>
    </section>
  );
}
