import type { Question } from "@/core/bank/schema";
import type { ScoreResult } from "@/core/quiz/types";
import { describeKey, verdict } from "@/core/quiz/summary";
import { verdictTone } from "@/core/quiz/review";
import { CheckIcon, CrossIcon, MissedIcon } from "@/components/ui/icons";
import { SourceDisclosure } from "@/components/ui/source-quote";

const looks = {
  correct: { sheet: "border-correct bg-correct-soft", ink: "text-correct", Icon: CheckIcon },
  partly: { sheet: "border-partly bg-partly-soft", ink: "text-partly", Icon: MissedIcon },
  wrong: { sheet: "border-wrong bg-wrong-soft", ink: "text-wrong", Icon: CrossIcon },
};

/**
 * The tint of the bar that holds the feedback and the Next button: edge to edge with a top stripe on a phone, a
 * rounded panel inside the column from `sm` up (no stripe there, which would curve with the corners).
 */
export function feedbackSheet(result: ScoreResult): string {
  return `border-t-2 sm:mx-0 sm:rounded-card sm:border-t-0 ${looks[verdictTone(result)].sheet}`;
}

/**
 * Practice feedback, in the sheet at the foot of the question with the Next button: the verdict, why (once), and the
 * sentence it rests on, folded. The options themselves carry "Your answer: wrong" and "The right answer", so the key
 * is spelled out only for typed answers.
 */
export function AnswerFeedback({
  question,
  result,
  headingRef,
}: {
  question: Question;
  result: ScoreResult;
  headingRef?: React.Ref<HTMLHeadingElement>;
}) {
  const look = looks[verdictTone(result)];
  return (
    <section aria-labelledby={`feedback-${question.id}`} className="animate-rise pt-1">
      <h3
        id={`feedback-${question.id}`}
        ref={headingRef}
        tabIndex={-1}
        className={`flex items-center gap-2 text-xl font-extrabold ${look.ink}`}
      >
        <look.Icon className="h-6 w-6 shrink-0" />
        {verdict(result)}
      </h3>
      {result.detail ? <p className="mt-1 font-medium">{result.detail}</p> : null}
      {question.type === "typed" && !result.correct ? (
        <p className="mt-1">
          <span className="font-semibold">The answer:</span> {describeKey(question)}
        </p>
      ) : null}
      <p className="mt-1 leading-snug">{question.explanation}</p>
      <SourceDisclosure itemId={question.id} source={question.source} also={question.also} />
    </section>
  );
}
