"use client";

import { GRADES, GRADE_LABELS, type Grade } from "@/core/scheduling/types";
import { describeInterval, formatInterval } from "@/core/format";
import { Kbd } from "@/components/ui/kbd";

const TONES: Record<Grade, string> = {
  1: "border-red-700 text-red-800 hover:bg-red-50 dark:border-red-400 dark:text-red-200 dark:hover:bg-red-950",
  2: "border-amber-700 text-amber-900 hover:bg-amber-50 dark:border-amber-400 dark:text-amber-200 dark:hover:bg-amber-950",
  3: "border-green-700 text-green-900 hover:bg-green-50 dark:border-green-400 dark:text-green-200 dark:hover:bg-green-950",
  4: "border-sky-700 text-sky-900 hover:bg-sky-50 dark:border-sky-400 dark:text-sky-200 dark:hover:bg-sky-950",
};

/**
 * Again, Hard, Good, Easy, each with its key and, when scheduling, the interval it would give ("10m", "4d").
 * `intervals` is null in cram, where grades do not reschedule.
 */
export function GradeButtons({
  intervals,
  onGrade,
}: {
  intervals: Record<Grade, number> | null;
  onGrade: (g: Grade) => void;
}) {
  return (
    <div role="group" aria-label="How well did you know it?" className="grid grid-cols-2 gap-2 sm:grid-cols-4">
      {GRADES.map((g) => (
        <button
          key={g}
          type="button"
          onClick={() => onGrade(g)}
          className={`flex min-h-14 flex-col items-center justify-center rounded-md border-2 bg-white px-3 py-2 dark:bg-slate-900 ${TONES[g]}`}
        >
          <span className="flex items-center gap-2 font-semibold">
            <Kbd>{g}</Kbd> {GRADE_LABELS[g]}
          </span>
          {intervals ? (
            <span className="text-sm tabular-nums">
              <span aria-hidden="true">{formatInterval(intervals[g])}</span>
              <span className="sr-only">, next in {describeInterval(intervals[g])}</span>
            </span>
          ) : null}
        </button>
      ))}
    </div>
  );
}
