import type { Question } from "@/core/bank/schema";
import type { Response, ScoreResult } from "@/core/quiz/types";
import { describeKey, verdict } from "@/core/quiz/summary";
import { SourceQuote } from "@/components/ui/source-quote";

/** The feedback for the options the learner chose (single and multiple select carry one per option). */
function chosenFeedback(question: Question, response: Response | undefined): { text: string; feedback: string }[] {
  if (question.type === "single" && response?.type === "single")
    return question.options.filter((o) => o.text === response.choice);
  if (question.type === "multiple" && response?.type === "multiple")
    return question.options.filter((o) => response.choices.includes(o.text));
  return [];
}

/** Practice feedback: right or wrong, why, the key, the explanation and the source. */
export function AnswerFeedback({
  question,
  response,
  result,
  headingRef,
}: {
  question: Question;
  response: Response | undefined;
  result: ScoreResult;
  headingRef?: React.Ref<HTMLHeadingElement>;
}) {
  const tone = result.correct
    ? "border-green-700 bg-green-50 dark:border-green-500 dark:bg-green-950"
    : "border-amber-700 bg-amber-50 dark:border-amber-500 dark:bg-amber-950";
  return (
    <section aria-labelledby={`feedback-${question.id}`} className={`mt-6 rounded-xl border-2 p-4 ${tone}`}>
      <h3 id={`feedback-${question.id}`} ref={headingRef} tabIndex={-1} className="text-xl font-bold">
        {verdict(result)}
      </h3>
      {result.detail ? <p className="mt-1">{result.detail}</p> : null}
      {chosenFeedback(question, response).map((o) => (
        <p key={o.text} className="mt-2">
          <span className="font-semibold">{o.text}:</span> {o.feedback}
        </p>
      ))}
      {!result.correct ? (
        <p className="mt-2">
          <span className="font-semibold">The answer:</span> {describeKey(question)}
        </p>
      ) : null}
      <p className="mt-2">{question.explanation}</p>
      <SourceQuote itemId={question.id} source={question.source} />
    </section>
  );
}
