import { ProgressBar } from "@/components/ui/progress-bar";
import type { QuizMode } from "@/core/quiz/types";
import { ExamTimer } from "./exam-timer";

/**
 * The compact bar over a question: where you are, the mode, and the exam clock. It sticks to the top of the screen,
 * so the time left stays in view while a long question scrolls.
 */
export function QuestionBar({
  index,
  total,
  mode,
  note,
  deadline,
  onExpire,
  headingRef,
}: {
  index: number;
  total: number;
  mode: QuizMode;
  /** A word on what kind of quiz this is ("retrying your mistakes"). */
  note?: string;
  deadline?: number | null;
  onExpire: () => void;
  headingRef: React.Ref<HTMLHeadingElement>;
}) {
  return (
    <div className="sticky top-0 z-20 -mx-4 border-b border-line bg-bg/95 px-4 pt-1.5 pb-2 backdrop-blur supports-[backdrop-filter]:bg-bg/80">
      <div className="flex items-center gap-3">
        <h2 ref={headingRef} tabIndex={-1} className="mr-auto font-bold focus:outline-none">
          Question {index + 1} of {total}
        </h2>
        <span className="text-sm text-muted">
          {mode === "exam" ? "Exam" : "Practice"}
          {note ? ` · ${note}` : ""}
        </span>
        {deadline ? <ExamTimer deadline={deadline} onExpire={onExpire} /> : null}
      </div>
      <ProgressBar
        className="mt-1.5"
        size="sm"
        value={index + 1}
        max={total}
        label="Quiz progress"
        valueText={`Question ${index + 1} of ${total}`}
      />
    </div>
  );
}
