"use client";

import { lazy, Suspense, useEffect, useMemo, useState } from "react";
import type { Bank } from "@/core/bank/schema";
import { prepareQuestions } from "@/core/quiz/generate";
import { decodeQuizLink, type DecodedQuizLink } from "@/core/quiz/link";
import { missedQuestionIds } from "@/core/quiz/summary";
import { useBank } from "@/components/bank/use-bank";
import { useHydrated } from "@/stores/persisted";
import { useQuizStore, type Attempt } from "@/stores/quiz-store";
import { LazyQuizPlayer, usePreloadQuizPlayer } from "./lazy-quiz-player";
import { QuizSetup, randomSeed } from "./quiz-setup";
import { Loading } from "@/components/ui/loading";
import { quantity } from "@/core/format";

// The results and the review are only needed when a quiz ends: they load then (and are precached for offline use).
const QuizResults = lazy(() => import("./quiz-results").then((m) => ({ default: m.QuizResults })));

/** /quiz: setup, then the player wired to the quiz store (resumes after a reload), then the results. */
export function QuizPage() {
  const bankState = useBank();
  const hydrated = useHydrated(useQuizStore);
  const [link, setLink] = useState<DecodedQuizLink | null | undefined>(undefined);
  const topicIds = bankState.status === "ready" ? bankState.bank.topics.map((t) => t.id).join(",") : null;

  useEffect(() => {
    // A static export has no server to read the query string: read it once the bank says which topics exist.
    if (topicIds === null) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- the address is only readable after mount
    setLink(decodeQuizLink(window.location.search, topicIds.split(",")));
  }, [topicIds]);

  if (bankState.status === "error") return <p role="alert">{bankState.message}</p>;
  if (bankState.status === "loading" || !hydrated || link === undefined)
    return <p aria-busy="true">Loading the questions…</p>;
  return <QuizFlow bank={bankState.bank} link={link} />;
}

function QuizFlow({ bank, link }: { bank: Bank; link: DecodedQuizLink | null }) {
  const current = useQuizStore((s) => s.current);
  const attempts = useQuizStore((s) => s.attempts);
  const [results, setResults] = useState<{ id: string; timedOut: boolean } | null>(null);
  const [setupKey, setSetupKey] = useState(0);
  const finished = results ? attempts.find((a) => a.id === results.id) : undefined;
  usePreloadQuizPlayer();

  // The linked quiz itself, once started, is not "another" quiz waiting behind the one in progress.
  const linkPending = link !== null && !(link.seed !== null && link.seed === current?.seed);
  if (current) return <InProgress bank={bank} attempt={current} linkPending={linkPending} onFinished={setResults} />;

  const store = useQuizStore.getState();
  if (finished && results) {
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
          timedOut={results.timedOut}
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
            setResults(null);
          }}
          onNewQuiz={() => {
            setResults(null);
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
  onFinished: (r: { id: string; timedOut: boolean }) => void;
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
        <p role="status" className="mb-4 rounded-lg border border-amber-700 p-3 dark:border-amber-500">
          You opened a quiz link, but you have a quiz in progress. Finish or discard it to start the linked quiz.
        </p>
      ) : null}
      <p className="mb-4 text-sm text-slate-700 dark:text-slate-300">
        {attempt.settings.mode === "exam" ? "Exam" : "Practice"}
        {attempt.kind === "retry" ? " · retrying your mistakes" : ""} · saved after every answer
      </p>
      <LazyQuizPlayer
        questions={questions}
        prepared={prepared}
        mode={attempt.settings.mode}
        responses={attempt.responses}
        index={index}
        flags={attempt.flags}
        deadline={attempt.deadline}
        onAnswer={(id, response) => {
          const q = byId.get(id);
          if (q) answer(q, response, Date.now());
        }}
        onMove={(i) => move(i, Date.now())}
        onToggleFlag={(id) => toggleFlag(id, Date.now())}
        onFinish={(reason) => {
          const id = finish(bank, Date.now());
          if (id) onFinished({ id, timedOut: reason === "time" });
        }}
      />
      <div className="mt-8 border-t border-slate-200 pt-4 dark:border-slate-800">
        {confirmDiscard ? (
          <div role="alertdialog" aria-labelledby="discard-confirm">
            <p id="discard-confirm">Discard this quiz? Your answers in it will not be kept.</p>
            <div className="mt-2 flex gap-3">
              <button
                type="button"
                autoFocus
                onClick={discard}
                className="rounded-lg border border-red-700 px-3 py-1.5 font-medium text-red-700 dark:border-red-300 dark:text-red-300"
              >
                Discard quiz
              </button>
              <button
                type="button"
                onClick={() => setConfirmDiscard(false)}
                className="rounded-lg border border-slate-400 px-3 py-1.5 font-medium dark:border-slate-500"
              >
                Keep it
              </button>
            </div>
          </div>
        ) : (
          <button
            type="button"
            onClick={() => setConfirmDiscard(true)}
            className="text-sm font-medium text-slate-700 underline underline-offset-2 dark:text-slate-300"
          >
            Discard this quiz
          </button>
        )}
      </div>
    </div>
  );
}
