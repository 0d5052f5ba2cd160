import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import type { Question } from "@/core/bank/schema";
import type { Response } from "@/core/quiz/types";
import { plural, quantity } from "@/core/format";

/** The exam's map of every question (answered, flagged, current) and the way to finish, with a check first. */
export function ExamNavigator({
  questions,
  responses,
  flags,
  index,
  onMove,
  confirming,
  onFinish,
  onCancel,
}: {
  questions: Question[];
  responses: Record<string, Response>;
  flags: string[];
  index: number;
  onMove: (i: number) => void;
  confirming: boolean;
  onFinish: () => void;
  onCancel: () => void;
}) {
  const unanswered = questions.filter((q) => responses[q.id] === undefined).length;
  return (
    <nav aria-label="Questions" className="mt-8 rounded-card border border-line bg-surface p-4 shadow-card">
      <h3 className="font-bold">All questions</h3>
      <p className="text-sm text-muted">
        {questions.length - unanswered} answered, {unanswered} to go, {flags.length} flagged.
      </p>
      <ol className="mt-3 flex flex-wrap gap-2">
        {questions.map((q, i) => {
          const answered = responses[q.id] !== undefined;
          const flagged = flags.includes(q.id);
          return (
            <li key={q.id}>
              <button
                type="button"
                onClick={() => onMove(i)}
                aria-current={i === index ? "step" : undefined}
                aria-label={`Question ${i + 1}${answered ? ", answered" : ", not answered"}${flagged ? ", flagged" : ""}`}
                className={`h-11 min-w-11 rounded-control border-2 px-2 font-semibold tabular-nums ${
                  i === index ? "ring-2 ring-accent ring-offset-2 ring-offset-surface" : ""
                } ${answered ? "border-accent bg-accent-soft text-accent-ink" : "border-line-strong bg-surface"}`}
              >
                {i + 1}
                {flagged ? <span aria-hidden="true"> ⚑</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="mt-4">
        {confirming ? (
          <Notice tone="warn" role="alertdialog" aria-labelledby="finish-confirm">
            <p id="finish-confirm" className="font-medium">
              {quantity(unanswered, "question")} {plural(unanswered, "is", "are")} not answered yet. Finish the exam
              anyway?
            </p>
            <div className="mt-2 flex flex-wrap gap-3">
              <Button onClick={onFinish} autoFocus>
                Finish anyway
              </Button>
              <Button variant="secondary" onClick={onCancel}>
                Keep going
              </Button>
            </div>
          </Notice>
        ) : (
          <Button variant="secondary" onClick={onFinish}>
            Finish exam
          </Button>
        )}
      </div>
    </nav>
  );
}
