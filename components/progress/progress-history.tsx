"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import type { Bank } from "@/core/bank/schema";
import type { AttemptPoint } from "@/core/progress/mastery";
import { formatDate, formatDateTime, formatPercent, quantity } from "@/core/format";
import { AppLink } from "@/components/ui/app-link";
import { Button } from "@/components/ui/button";
import { Badge } from "@/components/ui/badge";
import { useQuizStore, type FinishedAttempt } from "@/stores/quiz-store";
import type { WeakQuestion } from "./weakest-questions";
import { scoreTone } from "@/core/quiz/review";

// What /progress shows only once there is progress to show (a finished quiz, an answer): loaded then, so a first
// visit does not fetch it (components/progress/lazy-history.tsx).

const W = 300;
const H = 120;
const PAD = 8;

/** The figures of recent scores, for screen readers (the chart) or on screen (under three quizzes). */
function ScoreList({ points, className }: { points: AttemptPoint[]; className: string }) {
  return (
    <ol className={className} aria-label="Scores of recent quizzes">
      {points.map((p) => (
        <li key={p.id}>
          {formatDate(p.endedAt)}: {formatPercent(p.score)}
        </li>
      ))}
    </ol>
  );
}

/**
 * Recent scores (at least one): under three quizzes a line has nothing to show, so the latest score is a number;
 * from three, a line with labelled axes, the figures listed for screen readers.
 */
export function AccuracyFigure({ points }: { points: AttemptPoint[] }) {
  const latest = points.at(-1);
  if (latest && points.length < 3)
    return (
      <div>
        <p className="text-display tabular-nums" data-testid="latest-score">
          <span className="sr-only">Latest: </span>
          {formatPercent(latest.score)}
        </p>
        <p className="text-sm text-muted">Latest score. The chart starts after three quizzes.</p>
        <ScoreList points={points} className="mt-2 text-sm text-muted" />
      </div>
    );
  const x = (i: number) => (points.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (points.length - 1));
  const y = (score: number) => H - PAD - score * (H - 2 * PAD);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(" ");
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last) return null;
  return (
    <figure>
      <div className="grid grid-cols-[auto_1fr] gap-x-2">
        <span className="text-xs font-semibold text-muted [writing-mode:vertical-rl] rotate-180 self-center">
          Score
        </span>
        <div className="grid grid-cols-[auto_1fr] gap-x-2">
          <div
            className="flex h-32 flex-col justify-between py-0.5 text-right text-xs text-muted tabular-nums"
            aria-hidden="true"
          >
            <span>100%</span>
            <span>50%</span>
            <span>0%</span>
          </div>
          <svg viewBox={`0 0 ${W} ${H}`} className="h-32 w-full" aria-hidden="true" preserveAspectRatio="none">
            {[0, 0.5, 1].map((g) => (
              <line
                key={g}
                x1={0}
                x2={W}
                y1={y(g)}
                y2={y(g)}
                className="stroke-line"
                vectorEffect="non-scaling-stroke"
              />
            ))}
            <path d={path} fill="none" strokeWidth={2.5} className="stroke-accent" vectorEffect="non-scaling-stroke" />
            {points.map((p, i) => (
              <circle key={p.id} cx={x(i)} cy={y(p.score)} r={3.5} className="fill-accent" />
            ))}
          </svg>
          <span />
          <div className="mt-1 flex justify-between text-xs text-muted" aria-hidden="true">
            <span>{formatDate(first.endedAt)}</span>
            {points.length > 1 ? <span>{formatDate(last.endedAt)}</span> : null}
          </div>
        </div>
      </div>
      <figcaption className="mt-2 text-sm text-muted">
        Score of your last {points.length === 1 ? "quiz" : quantity(points.length, "quiz", "quizzes")}, oldest on the
        left. Latest: {formatPercent(last.score)}.
      </figcaption>
      <ScoreList points={points} className="sr-only" />
    </figure>
  );
}

const KIND: Record<FinishedAttempt["kind"], string> = {
  quiz: "Quiz",
  retry: "Practice of mistakes",
  link: "Shared quiz",
};

/** The rows of past attempts, newest first: when and what on the left, the score as a pill and Review on the right. */
export function AttemptRows({ attempts }: { attempts: readonly FinishedAttempt[] }) {
  const newestFirst = [...attempts].sort((a, b) => b.endedAt - a.endedAt);
  return (
    <ul className="divide-y divide-line" aria-label="Past attempts">
      {newestFirst.map((a) => {
        const right = a.questionIds.filter((id) => a.scores[id] === 1).length;
        const tone = scoreTone(a.score);
        return (
          <li key={a.id} className="flex items-center gap-3 py-3">
            <div className="min-w-0 flex-1">
              <p className="font-medium">{formatDateTime(a.endedAt)}</p>
              <p className="text-sm text-muted">
                {KIND[a.kind]}, {a.settings.mode === "exam" ? "exam" : "practice"} · {right} of {a.questionIds.length}{" "}
                right
              </p>
            </div>
            <Badge tone={tone} className="tabular-nums">
              {formatPercent(a.score)}
            </Badge>
            <AppLink
              href={`/progress/?attempt=${encodeURIComponent(a.id)}`}
              className="font-semibold text-accent-ink underline"
              aria-label={`Review the attempt of ${formatDateTime(a.endedAt)}`}
            >
              Review
            </AppLink>
          </li>
        );
      })}
    </ul>
  );
}

/** The weakest questions (at least one) and a button that starts a practice quiz of exactly those. */
export function WeakestList({ bank, weakest }: { bank: Bank; weakest: WeakQuestion[] }) {
  const router = useRouter();
  const inProgress = useQuizStore((s) => s.current !== null);
  const [blocked, setBlocked] = useState(false);
  const [failed, setFailed] = useState(false);
  const prompts = new Map(bank.questions.map((q) => [q.id, q.prompt]));

  const practise = async () => {
    // Never replace a quiz in progress: the learner finishes or discards it first.
    if (useQuizStore.getState().current) {
      setBlocked(true);
      return;
    }
    // The quiz engine is only fetched now: this page only reads progress until the learner asks for a quiz.
    let actions;
    try {
      actions = await import("@/stores/quiz-actions");
    } catch {
      setFailed(true);
      return;
    }
    setFailed(false);
    actions.startPracticeOf(
      bank,
      weakest.map((w) => w.id),
      Date.now(),
    );
    router.push("/quiz/");
  };

  return (
    <>
      <ol className="list-decimal space-y-2 pl-5" aria-label="Weakest questions">
        {weakest.map((w) => (
          <li key={w.id}>
            <span>{prompts.get(w.id) ?? w.id}</span>{" "}
            <span className="text-sm text-muted">
              ({w.record.right} of {w.record.seen} right
              {w.record.lastCorrect === false ? ", last answer wrong" : ""})
            </span>
          </li>
        ))}
      </ol>
      <Button className="mt-4" onClick={() => void practise()}>
        Practise these
      </Button>
      {failed ? (
        <p className="mt-2 text-sm" role="alert">
          The quiz could not load. Check your connection, then press Practise these again.
        </p>
      ) : null}
      {blocked || inProgress ? (
        <p className="mt-2 text-sm text-muted" role={blocked ? "alert" : undefined}>
          You have a quiz in progress.{" "}
          <AppLink href="/quiz/" className="underline">
            Finish or discard it
          </AppLink>{" "}
          before starting a new one.
        </p>
      ) : null}
    </>
  );
}
