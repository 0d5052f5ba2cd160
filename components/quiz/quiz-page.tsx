"use client";

import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import type { Bank } from "@/core/bank/schema";
import { prepareQuestions } from "@/core/quiz/generate";
import { decodeQuizLink, type DecodedQuizLink } from "@/core/quiz/link";
import { ranOutOfTime } from "@/core/quiz/review";
import { missedQuestionIds } from "@/core/quiz/summary";
import { useBank } from "@/components/bank/use-bank";
import { Button } from "@/components/ui/button";
import { Loading } from "@/components/ui/loading";
import { Notice } from "@/components/ui/notice";
import { useHydrated } from "@/stores/persisted";
import { useQuizStore, type Attempt } from "@/stores/quiz-store";
import { LazyQuizPlayer, usePreloadQuizPlayer } from "./lazy-quiz-player";
import { QuizSetup } from "./quiz-setup";
import { randomSeed } from "./random-seed";
import { readResultAddress, writeResultAddress } from "./result-address";
import { quantity } from "@/core/format";

// The results and the review are only needed when a quiz ends: they load then (and are precached for offline use).
const QuizResults = lazy(() => import("./quiz-results").then((m) => ({ default: m.QuizResults })));

/** /quiz: setup, then the player wired to the quiz store (resumes after a reload), then the results. */
export function QuizPage() {
  const bankState = useBank();
  const hydrated = useHydrated(useQuizStore);
  const [address, setAddress] = useState<{ link: DecodedQuizLink | null; result: string | null } | undefined>();
  const topicIds = bankState.status === "ready" ? bankState.bank.topics.map((t) => t.id).join(",") : null;

  useEffect(() => {
    // A static export has no server to read the address: read it once the bank says which topics exist.
    if (topicIds === null) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the address is only readable after mount
    setAddress({
      link: decodeQuizLink(window.location.search, topicIds.split(",")),
      result: readResultAddress(window.location.hash),
    });
  }, [topicIds]);

  if (bankState.status === "error")
    return (
      <Notice tone="error" role="alert">
        {bankState.message}
      </Notice>
    );
  if (bankState.status === "loading" || !hydrated || address === undefined)
    return <p aria-busy="true">Loading the questions…</p>;
  return <QuizFlow bank={bankState.bank} link={address.link} initialResult={address.result} />;
}

function QuizFlow({
  bank,
  link,
  initialResult,
}: {
  bank: Bank;
  link: DecodedQuizLink | null;
  initialResult: string | null;
}) {
  const current = useQuizStore((s) => s.current);
  const attempts = useQuizStore((s) => s.attempts);
  // The results on screen are named in the address (#result=<id>), so a reload shows them again.
  const [resultId, setResultId] = useState(initialResult);
  const [setupKey, setSetupKey] = useState(0);
  const finished = resultId ? attempts.find((a) => a.id === resultId) : undefined;
  usePreloadQuizPlayer();
  const showResult = (id: string | null) => {
    setResultId(id);
    writeResultAddress(id);
  };

  // The linked quiz itself, once started, is not "another" quiz waiting behind the one in progress.
  const linkPending = link !== null && !(link.seed !== null && link.seed === current?.seed);
  if (current) return <InProgress bank={bank} attempt={current} linkPending={linkPending} onFinished={showResult} />;

  const store = useQuizStore.getState();
  if (finished) {
    const byId = new Map(bank.questions.map((q) => [q.id, q]));
    const questions = finished.questionIds.flatMap((id) => byId.get(id) ?? []);
    const missed = missedQuestionIds(
      questions.map((q) => q.id),
      finished.scores,
    );
    return (
      <Suspense fallback={<Loading text="Loading your results…" />}>
        <QuizResults
          questions={questions}
          topics={bank.topics}
          responses={finished.responses}
          scores={finished.scores}
          flags={finished.flags}
          durationMs={finished.endedAt - finished.startedAt}
          timedOut={ranOutOfTime(finished.deadline, finished.endedAt)}
          missed={missed.length}
          onRetryMistakes={() => {
            store.startWith(
              bank,
              missed,
              { ...finished.settings, count: missed.length },
              randomSeed(),
              "retry",
              Date.now(),
            );
            showResult(null);
          }}
          onNewQuiz={() => {
            showResult(null);
            setSetupKey((k) => k + 1);
          }}
        />
      </Suspense>
    );
  }

  return (
    <QuizSetup
      key={setupKey}
      bank={bank}
      link={setupKey === 0 ? link : null}
      onStart={(settings, seed, kind) => {
        const result = store.start(bank, settings, seed, Date.now(), kind);
        return result.ok
          ? null
          : `Only ${quantity(result.available, "question")} match these settings. Ask for fewer, or widen the topics, difficulties or types.`;
      }}
    />
  );
}

function InProgress({
  bank,
  attempt,
  linkPending,
  onFinished,
}: {
  bank: Bank;
  attempt: Attempt;
  linkPending: boolean;
  onFinished: (id: string) => void;
}) {
  const { answer, move, toggleFlag, finish, discard } = useQuizStore.getState();
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const byId = useMemo(() => new Map(bank.questions.map((q) => [q.id, q])), [bank]);
  const questions = useMemo(() => attempt.questionIds.flatMap((id) => byId.get(id) ?? []), [attempt.questionIds, byId]);
  const prepared = useMemo(
    () => prepareQuestions(bank, attempt.questionIds, attempt.seed),
    [bank, attempt.questionIds, attempt.seed],
  );
  const index = Math.min(attempt.index, Math.max(0, questions.length - 1));

  return (
    <div>
      {linkPending ? (
        <Notice tone="warn" role="status" className="mt-4">
          You opened a quiz link, but you have a quiz in progress. Finish or discard it to start the linked quiz.
        </Notice>
      ) : null}
      <LazyQuizPlayer
        questions={questions}
        prepared={prepared}
        mode={attempt.settings.mode}
        responses={attempt.responses}
        index={index}
        flags={attempt.flags}
        deadline={attempt.deadline}
        note={attempt.kind === "retry" ? "your mistakes" : undefined}
        onAnswer={(id, response) => {
          const q = byId.get(id);
          if (q) answer(q, response, Date.now());
        }}
        onMove={(i) => move(i, Date.now())}
        onToggleFlag={(id) => toggleFlag(id, Date.now())}
        onFinish={() => {
          const id = finish(bank, Date.now());
          if (id) onFinished(id);
        }}
      />
      <div className="mt-8 border-t border-line pt-4">
        {confirmDiscard ? (
          <Notice tone="error" role="alertdialog" aria-labelledby="discard-confirm">
            <p id="discard-confirm">Discard this quiz? Your answers in it will not be kept.</p>
            <div className="mt-2 flex flex-wrap gap-3">
              <Button variant="danger" autoFocus onClick={discard}>
                Discard quiz
              </Button>
              <Button variant="secondary" onClick={() => setConfirmDiscard(false)}>
                Keep it
              </Button>
            </div>
          </Notice>
        ) : (
          <p className="flex flex-wrap items-center gap-x-3 text-sm text-muted">
            Your answers are saved as you go.
            <button
              type="button"
              onClick={() => setConfirmDiscard(true)}
              className="min-h-11 font-semibold text-fg underline underline-offset-2"
            >
              Discard this quiz
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
