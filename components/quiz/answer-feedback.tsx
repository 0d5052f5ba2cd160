import type { Question } from "@/core/bank/schema";
import type { ScoreResult } from "@/core/quiz/types";
import { describeKey, verdict } from "@/core/quiz/summary";
import { verdictTone } from "@/core/quiz/review";
import { CheckIcon, CrossIcon, MissedIcon } from "@/components/ui/icons";
import { SourceQuote } from "@/components/ui/source-quote";

const looks = {
  correct: { box: "border-correct bg-correct-soft", ink: "text-correct", Icon: CheckIcon },
  partly: { box: "border-partly bg-partly-soft", ink: "text-partly", Icon: MissedIcon },
  wrong: { box: "border-wrong bg-wrong-soft", ink: "text-wrong", Icon: CrossIcon },
};

/**
 * Practice feedback under the marked options: the verdict, why, and the sentence it rests on. The options themselves
 * carry "Your answer: wrong" and "The right answer", so the key is spelled out only for typed answers.
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
    <section
      aria-labelledby={`feedback-${question.id}`}
      className={`mt-4 scroll-mt-24 scroll-mb-28 animate-rise rounded-card border-l-4 p-4 ${look.box}`}
    >
      <h3
        id={`feedback-${question.id}`}
        ref={headingRef}
        tabIndex={-1}
        className={`flex items-center gap-2 text-title font-extrabold ${look.ink}`}
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
      <p className="mt-2">{question.explanation}</p>
      <SourceQuote itemId={question.id} source={question.source} also={question.also} />
    </section>
  );
}
