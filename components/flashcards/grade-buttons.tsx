"use client";

import { GRADES, GRADE_LABELS, type Grade } from "@/core/scheduling/types";
import { describeInterval, formatInterval } from "@/core/format";
import { Kbd } from "@/components/ui/kbd";

const TONES: Record<Grade, string> = {
  1: "border-wrong text-wrong hover:bg-wrong-soft",
  2: "border-partly text-partly hover:bg-partly-soft",
  3: "border-correct text-correct hover:bg-correct-soft",
  4: "border-accent-ink text-accent-ink hover:bg-accent-soft",
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
    <div role="group" aria-label="How well did you know it?" className="grid grid-cols-4 gap-2">
      {GRADES.map((g) => (
        <button
          key={g}
          type="button"
          onClick={() => onGrade(g)}
          className={`flex min-h-16 flex-col items-center justify-center rounded-control border-2 bg-surface px-1 py-2 transition-transform duration-100 active:scale-95 ${TONES[g]}`}
        >
          <span className="flex items-center gap-1.5 font-bold">
            <span aria-hidden="true" className="contents">
              <Kbd>{g}</Kbd>
            </span>{" "}
            {GRADE_LABELS[g]}
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
