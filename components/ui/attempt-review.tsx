import type { Question } from "@/core/bank/schema";
import { scoreResponse } from "@/core/quiz/score";
import type { Response } from "@/core/quiz/types";
import { describeKey, describeResponse, verdict } from "@/core/quiz/summary";
import { SourceQuote } from "./source-quote";

/**
 * Every question of an attempt: the learner's answer, the key, the explanation and the source with "Read it in the
 * article". Shared by the quiz results, /progress and /assignment.
 */
export function AttemptReview({
  questions,
  responses,
  flags = [],
  headingLevel = 3,
}: {
  questions: Question[];
  responses: Record<string, Response>;
  flags?: string[];
  headingLevel?: 2 | 3 | 4;
}) {
  const H = `h${headingLevel}` as "h2" | "h3" | "h4";
  return (
    <ol className="grid gap-4">
      {questions.map((q, i) => {
        const response = responses[q.id];
        const result = scoreResponse(q, response);
        return (
          <li
            key={q.id}
            className={`rounded-xl border p-4 ${
              result.correct ? "border-slate-300 dark:border-slate-700" : "border-amber-700 dark:border-amber-500"
            }`}
          >
            <H className="font-semibold">
              <span className="text-slate-700 dark:text-slate-300">Question {i + 1}: </span>
              {q.prompt}
            </H>
            <p className="mt-1 font-semibold">
              {verdict(result)}
              {flags.includes(q.id) ? <span className="ml-2 font-normal">(flagged for review)</span> : null}
            </p>
            <dl className="mt-2 grid gap-1 sm:grid-cols-[10rem_1fr]">
              <dt className="font-medium text-slate-700 dark:text-slate-300">Your answer</dt>
              <dd>{describeResponse(q, response)}</dd>
              <dt className="font-medium text-slate-700 dark:text-slate-300">The answer</dt>
              <dd>{describeKey(q)}</dd>
              {result.detail ? (
                <>
                  <dt className="font-medium text-slate-700 dark:text-slate-300">Scoring</dt>
                  <dd>{result.detail}</dd>
                </>
              ) : null}
            </dl>
            <p className="mt-2">{q.explanation}</p>
            <SourceQuote itemId={q.id} source={q.source} />
          </li>
        );
      })}
    </ol>
  );
}
