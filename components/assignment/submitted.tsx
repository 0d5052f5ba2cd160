"use client";

import type { Assignment } from "@/core/assignment/assignment-code";
import { rawFromResponse } from "@/core/assignment/answers";
import { gradeResult } from "@/core/assignment/grade";
import type { Bank, Question } from "@/core/bank/schema";
import type { Response } from "@/core/quiz/types";
import { AttemptReview } from "@/components/quiz/attempt-review";
import type { HandedIn } from "@/stores/teacher-store";
import { HandIn } from "./hand-in";
import { InboxDelivery } from "@/components/inbox/inbox-delivery";

/** What the student just handed in, with the answers for the score and review. */
export type Submission = HandedIn & { responses: Record<string, Response>; name: string };

/** After handing in: the score (if the teacher allows it), the result to send, and the review (if allowed). */
export function Submitted({
  bank,
  assignment,
  questions,
  result,
}: {
  bank: Bank;
  assignment: Assignment;
  questions: Question[];
  result: Submission;
}) {
  const graded = gradeResult(bank, {
    questionIds: questions.map((q) => q.id),
    answers: questions.map((q) => rawFromResponse(q, result.responses[q.id])),
    bankVersion: bank.version,
  });
  return (
    <div className="space-y-6">
      <h2 className="text-2xl font-semibold" tabIndex={-1} ref={(el) => el?.focus()}>
        Handed in: {assignment.title || "Untitled assignment"}
      </h2>
      {assignment.showScore ? (
        <p className="text-lg">
          Your score: <strong>{Math.round(graded.score * 10) / 10}</strong> out of {graded.max} ({graded.percent} %)
        </p>
      ) : (
        <p>Your teacher will tell you how you did.</p>
      )}
      <InboxDelivery code={result.code} assignmentId={assignment.id} inbox={assignment.inbox} />
      <HandIn code={result.code} title={assignment.title} name={result.name} teacherEmail={assignment.teacherEmail} />
      {assignment.showKey ? (
        <section aria-labelledby="review-h" className="space-y-3">
          <h2 id="review-h" className="text-xl font-semibold">
            Review
          </h2>
          <AttemptReview questions={questions} responses={result.responses} />
        </section>
      ) : null}
    </div>
  );
}
