"use client";

import type { Bank } from "@/core/bank/schema";
import { AttemptReview } from "@/components/ui/attempt-review";
import type { FinishedAttempt } from "@/stores/quiz-store";
import { quantity, formatDateTime, formatPercent, plural } from "@/core/format";

/** One finished attempt's full review: every question, the learner's answer, the key and the explanation. */
export function AttemptDetail({ attempt, bank }: { attempt: FinishedAttempt; bank: Bank }) {
  // Retired questions still resolve here: old attempts keep their review.
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const questions = attempt.questionIds.flatMap((id) => byId.get(id) ?? []);
  const missing = attempt.questionIds.length - questions.length;
  const right = attempt.questionIds.filter((id) => attempt.scores[id] === 1).length;
  return (
    <article aria-labelledby="attempt-heading" className="mt-4">
      <h2 id="attempt-heading" className="text-2xl font-semibold">
        Attempt of {formatDateTime(attempt.endedAt)}
      </h2>
      <p className="mt-1 text-lg">
        Score {formatPercent(attempt.score)}: {right} of {attempt.questionIds.length} right (
        {attempt.settings.mode === "exam" ? "exam" : "practice"}).
      </p>
      {attempt.bankVersion !== bank.version ? (
        <p className="mt-2 text-sm text-muted">
          The questions have been revised since this attempt; the review shows their current wording.
        </p>
      ) : null}
      {missing > 0 ? (
        <p className="mt-2 text-sm">
          {quantity(missing, "question")} {plural(missing, "is", "are")} no longer in the question bank and cannot be
          shown.
        </p>
      ) : null}
      <div className="mt-4">
        <AttemptReview questions={questions} responses={attempt.responses} flags={attempt.flags} headingLevel={3} />
      </div>
    </article>
  );
}
