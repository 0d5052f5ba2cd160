"use client";

import { useEffect, useRef } from "react";
import type { Bank, Question, Topic } from "@/core/bank/schema";
import { SCORING_RULES } from "@/core/quiz/score";
import { ranOutOfTime, reviewGroups, scoreHeadline, scoreTone } from "@/core/quiz/review";
import { missedQuestionIds, summarizeAttempt } from "@/core/quiz/summary";
import type { Response } from "@/core/quiz/types";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { ProgressBar } from "@/components/ui/progress-bar";
import { AttemptReview } from "@/components/ui/attempt-review";
import { formatDuration, formatNumber, formatPercent } from "@/core/format";
import { startQuizWith } from "@/stores/quiz-actions";
import type { FinishedAttempt } from "@/stores/quiz-store";
import { randomSeed } from "./random-seed";
import { ScoreRing } from "@/components/ui/score-ring";
import { Disclosure } from "@/components/ui/disclosure";

const pct = formatPercent;

/** The end of a quiz: the score, per-topic bars, and the review with what to look at again first. */
export function QuizResults({
  questions,
  topics,
  responses,
  scores,
  flags,
  durationMs,
  timedOut,
  onRetryMistakes,
  onNewQuiz,
  missed,
}: {
  questions: Question[];
  topics: Topic[];
  responses: Record<string, Response>;
  scores: Record<string, number>;
  flags: string[];
  durationMs: number;
  timedOut: boolean;
  missed: number;
  onRetryMistakes: () => void;
  onNewQuiz: () => void;
}) {
  const summary = summarizeAttempt(questions, topics, scores);
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Loaded on demand when a quiz ends, so the heading takes focus once it is here.
  useEffect(() => headingRef.current?.focus(), []);
  const groups = reviewGroups(
    questions.map((q) => q.id),
    scores,
    flags,
  );
  const byId = new Map(questions.map((q) => [q.id, q]));
  const numbers = new Map(questions.map((q, i) => [q.id, i + 1]));
  const pick = (ids: string[]) => ids.flatMap((id) => byId.get(id) ?? []);
  // With partial credit the score is not a count of right answers, so the count of fully right ones is said too.
  const partial = questions.some((q) => (scores[q.id] ?? 0) > 0 && (scores[q.id] ?? 0) < 1);

  return (
    <div className="grid gap-6">
      <Card className="flex flex-col items-center gap-4 text-center sm:flex-row sm:text-left">
        <ScoreRing score={summary.score} />
        <div className="w-full flex-1">
          {/* The score once: the ring shows the percent, the heading the count (the percent is in its name too). */}
          <h2 className="text-title font-extrabold" tabIndex={-1} id="results-heading" ref={headingRef}>
            Your score: {formatNumber(summary.score * summary.total)} out of {summary.total}
            <span className="sr-only"> ({pct(summary.score)})</span>
          </h2>
          <p className="mt-1 font-medium">{scoreHeadline(summary.score)}</p>
          <p className="mt-1 text-muted">
            {!partial
              ? `Time taken ${formatDuration(durationMs)}`
              : `${summary.correct} fully right · time taken ${formatDuration(durationMs)}`}
          </p>
          {timedOut ? (
            <Notice tone="warn" className="mt-2">
              The time limit ran out: unanswered questions count as wrong.
            </Notice>
          ) : null}
          <div className="mt-4 grid gap-3 sm:flex sm:flex-wrap">
            {missed > 0 ? <Button onClick={onRetryMistakes}>Retry my mistakes ({missed})</Button> : null}
            <Button variant={missed > 0 ? "secondary" : "primary"} onClick={onNewQuiz}>
              New quiz
            </Button>
          </div>
        </div>
      </Card>

      <Card title="By topic">
        <ul className="grid gap-3">
          {summary.byTopic.map((t) => (
            <li key={t.topic}>
              {/* Stacked, as on /progress: the name keeps the card's width on a phone. */}
              <p className="font-medium">{t.label}</p>
              <ProgressBar className="mt-1" value={t.score} tone={scoreTone(t.score)} />
              <p className="mt-1 text-sm text-muted tabular-nums">
                {t.correct} of {t.count} right · {pct(t.score)}
              </p>
            </li>
          ))}
        </ul>
      </Card>

      <section aria-labelledby="review-again">
        <h2 id="review-again" className="text-title font-bold">
          {groups.again.length > 0 ? `To look at again (${groups.again.length})` : "Nothing to look at again"}
        </h2>
        {groups.again.length > 0 ? (
          <div className="mt-3">
            <AttemptReview
              questions={pick(groups.again)}
              responses={responses}
              flags={flags}
              numbers={numbers}
              headingLevel={3}
            />
          </div>
        ) : (
          <p className="mt-1 text-muted">Every question was fully right.</p>
        )}
      </section>

      {groups.right.length > 0 ? (
        <Disclosure summary={`Right answers (${groups.right.length})`}>
          <AttemptReview
            questions={pick(groups.right)}
            responses={responses}
            flags={flags}
            numbers={numbers}
            headingLevel={3}
          />
        </Disclosure>
      ) : null}

      <Disclosure summary="How partial credit works" className="max-w-prose">
        <ul className="list-disc pl-5">
          <li>Single choice and true/false: right or wrong.</li>
          {Object.values(SCORING_RULES).map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </Disclosure>
    </div>
  );
}

/** A finished attempt's results on /quiz; "Retry my mistakes" starts a quiz of the missed questions. */
export function FinishedQuiz({
  bank,
  attempt,
  onRetry,
  onNewQuiz,
}: {
  bank: Bank;
  attempt: FinishedAttempt;
  /** Called once the retry quiz is the current attempt. */
  onRetry: () => void;
  onNewQuiz: () => void;
}) {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const questions = attempt.questionIds.flatMap((id) => byId.get(id) ?? []);
  const missed = missedQuestionIds(
    questions.map((q) => q.id),
    attempt.scores,
  );
  return (
    <QuizResults
      questions={questions}
      topics={bank.topics}
      responses={attempt.responses}
      scores={attempt.scores}
      flags={attempt.flags}
      durationMs={attempt.endedAt - attempt.startedAt}
      timedOut={ranOutOfTime(attempt.deadline, attempt.endedAt)}
      missed={missed.length}
      onRetryMistakes={() => {
        startQuizWith(bank, missed, { ...attempt.settings, count: missed.length }, randomSeed(), "retry", Date.now());
        onRetry();
      }}
      onNewQuiz={onNewQuiz}
    />
  );
}
