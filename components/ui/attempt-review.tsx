import type { Question } from "@/core/bank/schema";
import { scoreResponse } from "@/core/quiz/score";
import { describeKey, describeResponse, verdict } from "@/core/quiz/summary";
import { verdictTone } from "@/core/quiz/review";
import type { Response } from "@/core/quiz/types";
import { Badge } from "@/components/ui/badge";
import { CheckIcon, CrossIcon, FlagIcon, MissedIcon } from "@/components/ui/icons";
import { SourceQuote } from "./source-quote";

const icons = { correct: CheckIcon, partly: MissedIcon, wrong: CrossIcon };
// The learner's answer: ✓ green when right, ✗ red when wrong, in words too for screen readers (never colour alone).
const mark = {
  correct: { word: "right", className: "text-correct" },
  partly: { word: "partly right", className: "font-medium text-partly" },
  wrong: { word: "wrong", className: "font-medium text-wrong" },
};

/**
 * Questions of an attempt: the learner's answer, the key, the explanation and the source with "Read it in the
 * article". Shared by the quiz results, /progress and /assignment. `numbers` gives each question its place in the
 * quiz when the list shows only some of them.
 */
export function AttemptReview({
  questions,
  responses,
  flags = [],
  numbers,
  headingLevel = 3,
}: {
  questions: Question[];
  responses: Record<string, Response>;
  flags?: string[];
  numbers?: Map<string, number>;
  headingLevel?: 2 | 3 | 4;
}) {
  const H = `h${headingLevel}` as "h2" | "h3" | "h4";
  return (
    <ol className="grid gap-3">
      {questions.map((q, i) => {
        const response = responses[q.id];
        const result = scoreResponse(q, response);
        const tone = verdictTone(result);
        const Icon = icons[tone];
        return (
          <li key={q.id} className="rounded-card border border-line bg-surface p-4 shadow-card">
            <div className="flex flex-wrap items-center gap-2">
              <Badge tone={tone}>
                <Icon className="h-4 w-4" />
                {verdict(result)}
              </Badge>
              {flags.includes(q.id) ? (
                <Badge tone="partly">
                  <FlagIcon className="h-4 w-4" />
                  Flagged for review
                </Badge>
              ) : null}
            </div>
            <H className="mt-2 font-semibold">
              <span className="text-muted">Question {numbers?.get(q.id) ?? i + 1}: </span>
              {q.prompt}
            </H>
            <dl className="mt-2 grid gap-x-4 gap-y-1 sm:grid-cols-[9rem_1fr]">
              <dt className="text-sm font-semibold text-muted">Your answer</dt>
              <dd className={`flex items-start gap-1.5 ${mark[tone].className}`}>
                <Icon className="mt-0.5 h-5 w-5 shrink-0" />
                <span className="sr-only">{mark[tone].word}: </span>
                {/* Struck through when wrong, beside the key; a blank answer has nothing to strike. */}
                {tone === "wrong" && response ? (
                  <s className="decoration-2">{describeResponse(q, response)}</s>
                ) : (
                  <span>{describeResponse(q, response)}</span>
                )}
              </dd>
              {result.correct ? null : (
                <>
                  <dt className="text-sm font-semibold text-muted">The answer</dt>
                  <dd className="flex items-start gap-1.5 font-medium text-correct">
                    <CheckIcon className="mt-0.5 h-5 w-5 shrink-0" />
                    <span>{describeKey(q)}</span>
                  </dd>
                </>
              )}
              {result.detail ? (
                <>
                  <dt className="text-sm font-semibold text-muted">Scoring</dt>
                  <dd>{result.detail}</dd>
                </>
              ) : null}
            </dl>
            <p className="mt-2">{q.explanation}</p>
            <SourceQuote itemId={q.id} source={q.source} also={q.also} />
          </li>
        );
      })}
    </ol>
  );
}
