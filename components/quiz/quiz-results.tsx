"use client";

import { useEffect, useRef } from "react";
import type { Question, Topic } from "@/core/bank/schema";
import { SCORING_RULES } from "@/core/quiz/score";
import { summarizeAttempt } from "@/core/quiz/summary";
import type { Response } from "@/core/quiz/types";
import { AttemptReview } from "@/components/ui/attempt-review";
import { formatDuration, formatNumber, formatPercent } from "@/core/format";

/** The end of a quiz: score, time, per-topic breakdown, how scoring works and the full review. */
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
  return (
    <div>
      <h2 className="text-2xl font-bold" tabIndex={-1} id="results-heading" ref={headingRef}>
        Your score: {formatNumber(summary.score * summary.total)} out of {summary.total} ({formatPercent(summary.score)}
        )
      </h2>
      <p className="mt-1 text-slate-700 dark:text-slate-300">
        {summary.correct} fully right · time taken {formatDuration(durationMs)}
        {timedOut ? " · the time limit ran out" : ""}
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        {missed > 0 ? (
          <button
            type="button"
            onClick={onRetryMistakes}
            className="rounded-lg bg-brand-600 px-4 py-2 font-semibold text-white hover:bg-brand-700 dark:bg-brand-300 dark:text-slate-950"
          >
            Retry my mistakes ({missed})
          </button>
        ) : null}
        <button
          type="button"
          onClick={onNewQuiz}
          className="rounded-lg border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800"
        >
          New quiz
        </button>
      </div>

      <h3 className="mt-8 text-xl font-semibold">By topic</h3>
      <table className="mt-2 w-full max-w-xl text-left">
        <thead>
          <tr className="border-b border-slate-300 dark:border-slate-700">
            <th scope="col" className="py-1 pr-4">
              Topic
            </th>
            <th scope="col" className="py-1 pr-4">
              Questions
            </th>
            <th scope="col" className="py-1 pr-4">
              Fully right
            </th>
            <th scope="col" className="py-1">
              Score
            </th>
          </tr>
        </thead>
        <tbody>
          {summary.byTopic.map((t) => (
            <tr key={t.topic} className="border-b border-slate-200 dark:border-slate-800">
              <th scope="row" className="py-1 pr-4 font-normal">
                {t.label}
              </th>
              <td className="py-1 pr-4">{t.count}</td>
              <td className="py-1 pr-4">{t.correct}</td>
              <td className="py-1">{formatPercent(t.score)}</td>
            </tr>
          ))}
        </tbody>
      </table>

      <details className="mt-6 max-w-prose">
        <summary className="cursor-pointer font-medium">How partial credit works</summary>
        <ul className="mt-2 list-disc pl-5">
          <li>Single choice and true/false: right or wrong.</li>
          {Object.values(SCORING_RULES).map((rule) => (
            <li key={rule}>{rule}</li>
          ))}
        </ul>
      </details>

      <h3 className="mt-8 text-xl font-semibold">Review every question</h3>
      <div className="mt-3">
        <AttemptReview questions={questions} responses={responses} flags={flags} headingLevel={4} />
      </div>
    </div>
  );
}
