"use client";

import { AppLink } from "@/components/ui/app-link";
import { lazy, Suspense, useEffect } from "react";
import { useSearchParams } from "next/navigation";
import { useBank } from "@/components/bank/use-bank";
import { dashboard } from "@/core/progress/dashboard";
import { deckSummary } from "@/core/scheduling/summary";
import { useHydrated } from "@/stores/persisted";
import { useQuizStore } from "@/stores/quiz-store";
import { useCardsStore } from "@/stores/cards-store";
import { MasteryPanel } from "./mastery-panel";
import { AccuracyChart } from "./accuracy-chart";
import { StudyPanel } from "./study-panel";
import { WeakestQuestions } from "./weakest-questions";
import { AttemptList } from "./attempt-list";
import { preloadProgressHistory } from "./lazy-history";
import { useNow } from "@/components/ui/use-now";
import { Loading } from "@/components/ui/loading";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { useIdle } from "@/components/ui/use-idle";

// One attempt's full review (?attempt=) is opened from the list: it loads then.
const AttemptDetail = lazy(() => import("./attempt-detail").then((m) => ({ default: m.AttemptDetail })));
// Backup and restore sit at the bottom of the page, below the first screen: their code is fetched once the page is
// idle after showing the figures (precached offline).
const LazyBackupPanel = lazy(() => import("./backup-panel").then((m) => ({ default: m.BackupPanel })));
function BackupPanel() {
  const idle = useIdle();
  if (!idle) return <Loading text="Loading backup and restore…" />;
  return (
    <Suspense fallback={<Loading text="Loading backup and restore…" />}>
      <LazyBackupPanel />
    </Suspense>
  );
}

function Placeholder({ text }: { text: string }) {
  return <p className="text-muted">{text}</p>;
}

/** /progress: mastery, accuracy, streak, cards due, weakest questions, past attempts, and backup. */
export function ProgressDashboard() {
  const quizReady = useHydrated(useQuizStore);
  const cardsReady = useHydrated(useCardsStore);
  const bankState = useBank();
  const now = useNow();
  const attemptId = useSearchParams().get("attempt");
  const attempts = useQuizStore((s) => s.attempts);
  const history = useQuizStore((s) => s.history);
  const cards = useCardsStore((s) => s.cards);
  const logs = useCardsStore((s) => s.logs);
  const hasQuizProgress = quizReady && (attempts.length > 0 || Object.keys(history).length > 0);
  // The chart, past attempts and weakest questions only show with quiz progress: fetch them now, beside the bank.
  useEffect(() => {
    if (hasQuizProgress) preloadProgressHistory();
  }, [hasQuizProgress]);

  if (!quizReady || !cardsReady || now === null || bankState.status === "loading")
    return <Placeholder text="Loading your progress…" />;
  if (bankState.status === "error")
    return (
      <div className="space-y-6">
        <p role="alert">{bankState.message}</p>
        <BackupPanel />
      </div>
    );
  const { bank } = bankState;

  if (attemptId !== null) {
    const attempt = attempts.find((a) => a.id === attemptId);
    return (
      <div>
        <AppLink href="/progress/" className="font-semibold text-accent-ink underline">
          Back to progress
        </AppLink>
        {attempt ? (
          <Suspense fallback={<Loading />}>
            <AttemptDetail attempt={attempt} bank={bank} />
          </Suspense>
        ) : (
          <p role="alert" className="mt-4">
            That attempt is not in this browser&rsquo;s history. It may have been made on another device, or the link is
            wrong.
          </p>
        )}
      </div>
    );
  }

  const activeCards = bank.flashcards.filter((c) => !c.retired).map((c) => c.id);
  const deck = deckSummary(cards, now, activeCards);
  const d = dashboard({
    topics: bank.topics,
    questions: bank.questions,
    history,
    attempts,
    reviewTimes: logs.filter((l) => l.undoneAt === undefined).map((l) => l.review),
    now,
  });

  const fresh = attempts.length === 0 && Object.keys(history).length === 0 && logs.length === 0;

  return (
    <div className="space-y-6">
      {fresh ? (
        <EmptyState
          level={2}
          title="Your progress starts with your first answers"
          action={
            <>
              <AppLink href="/quiz/" className={buttonClass("primary")}>
                Take a quick quiz
              </AppLink>
              <AppLink href="/flashcards/" className={buttonClass("secondary")}>
                Review flashcards
              </AppLink>
            </>
          }
        >
          Every quiz and card review shows up here: what you have mastered, your streak and what to practise next.
        </EmptyState>
      ) : null}
      <div className="grid gap-6 md:grid-cols-2">
        <MasteryPanel overall={d.overall} byTopic={d.byTopic} />
        <div className="space-y-6">
          <StudyPanel streak={d.streak} due={deck.due} fresh={deck.new} />
          <AccuracyChart points={d.recent} />
        </div>
      </div>
      <WeakestQuestions bank={bank} weakest={d.weakest} />
      <AttemptList attempts={attempts} />
      <BackupPanel />
    </div>
  );
}
