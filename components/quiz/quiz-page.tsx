"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import type { Bank } from "@/core/bank/schema";
import { decodeQuizLink, type DecodedQuizLink } from "@/core/quiz/link";
import { useBank } from "@/components/bank/use-bank";
import { Loading } from "@/components/ui/loading";
import { Notice } from "@/components/ui/notice";
import { AppLink } from "@/components/ui/app-link";
import { useHydrated } from "@/stores/persisted";
import { useQuizStore } from "@/stores/quiz-store";
import { QuizFirstPaint } from "./quiz-first-paint";
import { LazyQuizSession, loadQuizActions, usePreloadQuizSession } from "./lazy-quiz-player";
import { QuizSetup } from "./quiz-setup";
import { readResultAddress, writeResultAddress } from "./result-address";

// The results and the review are only needed when a quiz ends: they load then (and are precached for offline use).
const FinishedQuiz = lazy(() => import("./quiz-results").then((m) => ({ default: m.FinishedQuiz })));

/** /quiz: setup, then the player wired to the quiz store (resumes after a reload), then the results. */
export function QuizPage() {
  const bankState = useBank();
  const hydrated = useHydrated(useQuizStore);
  const inProgress = useQuizStore((s) => s.current !== null);
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
    // The first paint (and a quick visit back) shows the Quick practice card unless a quiz is known to be running.
    return hydrated && inProgress ? <p aria-busy="true">Loading the questions…</p> : <QuizFirstPaint />;
  return <QuizFlow bank={bankState.bank} link={address.link} initialResult={address.result} />;
}

function QuizFlow({
  bank,
  link: openedLink,
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
  // The quiz link in the address, until the quiz it asks for starts: then it is used up.
  const [link, setLink] = useState(openedLink);
  const finished = resultId ? attempts.find((a) => a.id === resultId) : undefined;
  // The player and the quiz engine (generator, scorer) are not in the page's first JavaScript: fetched now, in the
  // background, so Start finds them here.
  usePreloadQuizSession();
  const showResult = (id: string | null) => {
    setResultId(id);
    writeResultAddress(id);
  };

  // A link opened while a quiz is in progress waits behind it (unless it is that very quiz, opened again).
  const linkPending = link !== null && link.seed !== current?.seed;
  if (current)
    return <LazyQuizSession bank={bank} attempt={current} linkPending={linkPending} onFinished={showResult} />;

  if (finished)
    return (
      <Suspense fallback={<Loading text="Loading your results…" />}>
        <FinishedQuiz
          bank={bank}
          attempt={finished}
          onRetry={() => showResult(null)}
          onNewQuiz={() => {
            showResult(null);
            setSetupKey((k) => k + 1);
          }}
        />
      </Suspense>
    );

  // A result address this browser does not know (another device, an old or mistyped link): say so above the setup.
  const unknownResult = resultId !== null;
  return (
    <>
      {unknownResult ? (
        <Notice role="status" className="mb-6">
          These results are not in this browser: results stay on the device the quiz was taken on. Your quizzes here are
          under{" "}
          <AppLink href="/progress/" className="font-semibold underline">
            Progress
          </AppLink>
          .
        </Notice>
      ) : null}
      <QuizSetup
        key={setupKey}
        bank={bank}
        link={setupKey === 0 ? link : null}
        onStart={async (settings, seed, kind) => {
          let actions;
          try {
            actions = await loadQuizActions();
          } catch {
            return "The quiz could not load. Check your connection, then press Start again.";
          }
          const result = actions.startQuiz(bank, settings, seed, Date.now(), kind);
          if (!result.ok) return actions.tooFewAdvice(bank, settings);
          if (link) {
            // Started: the link is used up, and a reload resumes this quiz instead of offering the link again.
            const { pathname, hash } = window.location;
            window.history.replaceState(window.history.state, "", pathname + hash);
            setLink(null);
          }
          return null;
        }}
      />
    </>
  );
}
