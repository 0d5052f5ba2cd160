"use client";

import { useEffect, useRef } from "react";
import type { KeepPolicy } from "@/core/assignment/link/assignment-code";
import { rowNotes, type StudentRow } from "@/core/assignment/gradebook/gradebook";
import { describeKey, describeResponse } from "@/core/quiz/summary";
import { formatDateTime, formatDuration, formatNumber, formatPercent } from "@/core/format";
import { Stat, StatGrid } from "@/components/ui/stat";
import { secondaryButton } from "@/components/ui/styles";

/** The verdict on one answer, as a pill: the mark and the word, so it never rests on colour alone. */
function Verdict({ score, answered }: { score: number; answered: boolean }) {
  const [text, tone] = !answered
    ? ["– Not answered", "bg-surface-2 text-muted border border-line"]
    : score >= 1
      ? ["✓ Right", "bg-correct-soft text-correct"]
      : score > 0
        ? [`½ Partly right (${formatPercent(score)})`, "bg-partly-soft text-partly"]
        : ["✗ Wrong", "bg-wrong-soft text-wrong"];
  return (
    <span className={`inline-block shrink-0 rounded-full px-2.5 py-0.5 text-sm font-semibold ${tone}`}>{text}</span>
  );
}

/**
 * One result on its own page: the score, time and attempt, then every question with the student's answer beside the
 * key. Loaded when the teacher opens a student from the gradebook; Back (or the browser's Back) returns to it.
 */
export function StudentPage({
  row,
  title,
  keep,
  onBack,
}: {
  row: StudentRow;
  title: string;
  keep: KeepPolicy;
  onBack: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  const who = row.name || "An unnamed student";
  const notes = rowNotes(row, keep);
  const back = (
    <button type="button" className={`${secondaryButton} no-print`} onClick={onBack}>
      <span aria-hidden="true">← </span>Back to the gradebook
    </button>
  );
  return (
    <section aria-labelledby="student-h" className="min-w-0 space-y-4">
      {back}
      <div>
        <p className="text-sm text-muted break-words">{title}</p>
        <h2 id="student-h" ref={heading} tabIndex={-1} className="text-2xl font-semibold break-words outline-none">
          {who}&apos;s answers
        </h2>
      </div>
      <div data-testid="student-facts">
        <StatGrid>
          <Stat
            label="Score"
            value={`${formatNumber(row.graded.score)} / ${row.graded.max} (${formatPercent(row.graded.percent / 100)})`}
            className="col-span-2 sm:col-span-1"
          />
          <Stat label="Time taken" value={formatDuration(row.durationMs)} />
          <Stat label="Attempt" value={row.result.attempt} />
          <Stat label="Handed in" value={<span className="text-base">{formatDateTime(row.result.submittedAt)}</span>} />
        </StatGrid>
      </div>
      {notes.length ? (
        <ul className="list-disc space-y-0.5 pl-5 text-sm">
          {notes.map((n) => (
            <li key={n}>{n}</li>
          ))}
        </ul>
      ) : null}
      <ol aria-label="Answers" className="space-y-3">
        {row.graded.items.map((item, i) => (
          <li
            key={`${item.questionId}-${i}`}
            className="min-w-0 break-inside-avoid rounded-card border border-line bg-surface p-4 shadow-card"
          >
            <div className="flex flex-wrap items-start justify-between gap-2">
              <h3 className="min-w-0 flex-1 font-semibold break-words">
                Q{i + 1}. {item.question?.prompt ?? `${item.questionId} (not in the question bank)`}
              </h3>
              <Verdict score={item.result.score} answered={!!item.response} />
            </div>
            {item.question ? (
              <div className="mt-2 grid gap-2 text-sm sm:grid-cols-2">
                <p className="break-words rounded-control bg-surface-2 p-2">
                  <span className="font-semibold">Their answer: </span>
                  {describeResponse(item.question, item.response)}
                </p>
                <p className="break-words rounded-control bg-surface-2 p-2">
                  <span className="font-semibold">Key: </span>
                  {describeKey(item.question)}
                </p>
              </div>
            ) : null}
          </li>
        ))}
      </ol>
      {back}
    </section>
  );
}
