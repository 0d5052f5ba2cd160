"use client";

import { AppLink } from "@/components/ui/app-link";
import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import { useBank } from "@/components/bank/use-bank";
import { progressFigures, type ProgressFigures } from "@/core/progress/dashboard";
import { ProgressView } from "./progress-view";
import { useProgressBusyAttribute } from "./use-progress-busy";
import { useAttemptParam } from "./use-attempt-param";
import { useHydrated } from "@/stores/persisted";
import { useQuizStore, type FinishedAttempt } from "@/stores/quiz-store";
import type { Bank } from "@/core/bank/schema";
import { useCardsStore } from "@/stores/cards-store";
import { preloadProgressHistory } from "./lazy-history";
import { useNow } from "@/components/ui/use-now";
import { Loading } from "@/components/ui/loading";
import { useIdle } from "@/components/ui/use-idle";

// One attempt's full review (?attempt=) is opened from the list: it loads then.
const AttemptDetail = lazy(() => import("./attempt-detail").then((m) => ({ default: m.AttemptDetail })));
// Sync, backup and restore sit at the bottom of the page, below the first screen: their code is fetched once the page is
// idle after showing the figures (precached offline).
const LazyBackupPanel = lazy(() => import("./data-care").then((m) => ({ default: m.DataCare })));
function BackupPanel() {
  const idle = useIdle();
  if (!idle) return <Loading text="Loading backup and restore…" />;
  return (
    <Suspense fallback={<Loading text="Loading backup and restore…" />}>
      <LazyBackupPanel />
    </Suspense>
  );
}

const NO_ATTEMPTS: readonly FinishedAttempt[] = [];

/** /progress: mastery, accuracy, streak, cards due, weakest questions, past attempts, and backup. */
export function ProgressDashboard({ fresh }: { fresh: ProgressFigures }) {
  const quizReady = useHydrated(useQuizStore);
  const cardsReady = useHydrated(useCardsStore);
  const now = useNow();
  const [attemptId, attemptParam] = useAttemptParam();
  const attempts = useQuizStore((s) => s.attempts);
  const history = useQuizStore((s) => s.history);
  const cards = useCardsStore((s) => s.cards);
  const logs = useCardsStore((s) => s.logs);
  const archive = useCardsStore((s) => s.archive);
  const storesReady = quizReady && cardsReady;
  const hasQuizProgress = storesReady && (attempts.length > 0 || Object.keys(history).length > 0);
  // With nothing saved the figures are the ones built into the page: the bank is fetched only when there is progress
  // to measure against it, or an attempt to show.
  const needsBank =
    storesReady && (hasQuizProgress || logs.length > 0 || Object.keys(cards).length > 0 || Boolean(attemptId));
  const bankState = useBank(needsBank);
  // The chart, past attempts and weakest questions only show with quiz progress: fetch them now, beside the bank.
  useEffect(() => {
    if (hasQuizProgress) preloadProgressHistory();
  }, [hasQuizProgress]);

  useProgressBusyAttribute();

  const ready =
    storesReady && now !== null && attemptId !== undefined && !(needsBank && bankState.status === "loading");
  const bank = ready && needsBank && bankState.status === "ready" ? bankState.bank : null;
  // Once shown, the dashboard stays (with the backup panel and what it is doing, such as a restore's confirmation),
  // also while the bank loads for progress that just arrived (a restore, another tab).
  const [shown, setShown] = useState(false);
  if (ready && !shown) setShown(true);
  // A new visitor's figures are the ones built into the page: keeping that object lets the dashboard skip redrawing.
  const figures = useMemo(() => {
    if (!bank || now === null) return fresh;
    const computed = progressFigures({ bank, history, attempts, cards, logs, archive, now });
    return JSON.stringify(computed) === JSON.stringify(fresh) ? fresh : computed;
  }, [bank, now, history, attempts, cards, logs, archive, fresh]);
  if (ready && needsBank && bankState.status === "error")
    return (
      <div className="space-y-6">
        {attemptParam}
        <p role="alert">{bankState.message}</p>
        <BackupPanel />
      </div>
    );
  if (bank && attemptId)
    return (
      <>
        {attemptParam}
        <AttemptReview attempt={attempts.find((a) => a.id === attemptId)} bank={bank} />
      </>
    );

  // The same tree while loading and after, so the first paint's dashboard (a new visitor's) is updated in place.
  return (
    <>
      {attemptParam}
      <div className={shown ? "space-y-6" : "progress-first-paint space-y-6"}>
        <ProgressView
          figures={figures}
          attempts={attempts.length > 0 ? attempts : NO_ATTEMPTS}
          bank={figures.weakest.length > 0 ? bank : null}
        />
        {shown ? <BackupPanel /> : <Loading text="Loading backup and restore…" />}
      </div>
      {shown ? null : <p className="progress-first-paint-busy text-muted">Loading your progress…</p>}
    </>
  );
}

/** One past attempt's full review (?attempt=), or a plain message when this browser does not have it. */
function AttemptReview({ attempt, bank }: { attempt: FinishedAttempt | undefined; bank: Bank }) {
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
