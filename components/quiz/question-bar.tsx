import type { ReactNode } from "react";
import { FocusBar, FocusProgress } from "@/components/ui/focus-bar";
import { FlagIcon } from "@/components/ui/icons";
import type { QuizMode } from "@/core/quiz/types";
import { ExamTimer } from "./exam-timer";

/**
 * The quiz's slim bar in place of the site header: the way out (from the caller), one segment per question, "3/10",
 * the exam clock and the flag. It sticks to the top of the screen, so the time left stays in view while a long
 * question scrolls. The heading ("Question 3 of 10") is for screen readers, and takes focus on each new question.
 */
export function QuestionBar({
  index,
  total,
  answered,
  mode,
  note,
  deadline,
  onExpire,
  flagged,
  onToggleFlag,
  exit,
  headingRef,
}: {
  index: number;
  total: number;
  /** Whether question i has an answer. */
  answered: (i: number) => boolean;
  mode: QuizMode;
  /** A word on what kind of quiz this is ("your mistakes"). */
  note?: string;
  deadline?: number | null;
  onExpire: () => void;
  flagged: boolean;
  onToggleFlag: () => void;
  exit?: ReactNode;
  headingRef: React.Ref<HTMLHeadingElement>;
}) {
  const where = `Question ${index + 1} of ${total}`;
  return (
    <FocusBar label={mode === "exam" ? "Exam" : "Quiz"}>
      {exit}
      <FocusProgress current={index + 1} total={total} done={answered} label="Quiz progress" valueText={where} />
      <span aria-hidden="true" className="shrink-0 font-bold tabular-nums">
        {index + 1}/{total}
      </span>
      {deadline ? <ExamTimer deadline={deadline} onExpire={onExpire} /> : null}
      <button
        type="button"
        aria-pressed={flagged}
        onClick={onToggleFlag}
        className={`inline-flex min-h-11 min-w-11 shrink-0 items-center justify-center gap-1.5 rounded-control px-2 text-sm font-semibold hover:bg-surface-2 ${
          flagged ? "text-partly" : "text-muted hover:text-fg"
        }`}
      >
        <FlagIcon className={`h-5 w-5 ${flagged ? "fill-current" : ""}`} />
        <span className="sr-only sm:not-sr-only">{flagged ? "Flagged for review" : "Flag for review"}</span>
      </button>
      {/* Last, so Tab from the heading (focused on each new question) goes straight to the answer. */}
      <h2 ref={headingRef} tabIndex={-1} className="sr-only">
        {where}
        {note ? ` · ${mode === "exam" ? "exam" : "practice"}, ${note}` : ""}
      </h2>
    </FocusBar>
  );
}
