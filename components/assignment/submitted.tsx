"use client";

import type { Assignment } from "@/core/assignment/link/assignment-code";
import { rawFromResponse } from "@/core/assignment/result/answers";
import { attemptsLeft, mayShowKey } from "@/core/assignment/attempt/attempt";
import { gradeResult } from "@/core/assignment/result/grade";
import type { Bank, Question } from "@/core/bank/schema";
import { formatDateTime, formatNumber, formatPercent } from "@/core/format";
import type { Response } from "@/core/quiz/types";
import { AttemptReview } from "@/components/ui/attempt-review";
import { notice, primaryButton } from "@/components/ui/styles";
import { useStudentStore, type HandedIn, type SentVia } from "@/stores/student-store";
import { HandIn } from "./hand-in";
import { InboxDelivery } from "@/components/inbox/inbox-delivery";

/** What the student just finished, with the answers for the score and review. */
export type Submission = HandedIn & { responses: Record<string, Response>; name: string };

const SENT: Record<SentVia, string> = {
  inbox: "Your teacher's inbox has received it. You can close this page.",
  email: "Your e-mail app opened with your result: it is handed in once that message is sent.",
  share: "You shared your result: it is handed in once it reaches your teacher.",
  copy: "You copied your result: it is handed in once you paste it into a message to your teacher and send it.",
};

/**
 * The heading says "Sent" only with the inbox's receipt. Copying, e-mailing or sharing hands the result on to the
 * student, not to the teacher: it is then ready to hand in, and with an inbox still not sent.
 */
function headingOf(sentVia: SentVia | undefined, collects: boolean, title: string): string {
  if (sentVia === "inbox") return `Sent to your teacher: ${title}`;
  if (collects) return `Not sent yet: ${title}`;
  return sentVia ? `Ready to hand in: ${title}` : `Not handed in yet: ${title}`;
}

/**
 * After "Save and finish": until the result has been sent, the screen says plainly that it is not handed in, and puts
 * the send actions first; then the score (if the teacher allows it), another attempt (if allowed), and the review
 * (only after the last attempt).
 */
export function Submitted({
  bank,
  assignment,
  questions,
  result,
  attemptsUsed,
  onAgain,
}: {
  bank: Bank;
  assignment: Assignment;
  questions: Question[];
  result: Submission;
  /** Attempts handed in from this browser, this one included. */
  attemptsUsed: number;
  onAgain: () => void;
}) {
  const stored = useStudentStore((s) => s.handedIn.find((h) => h.code === result.code));
  const sentVia = stored?.sentVia;
  const graded = gradeResult(bank, {
    questionIds: questions.map((q) => q.id),
    answers: questions.map((q) => rawFromResponse(q, result.responses[q.id])),
    bankVersion: bank.version,
  });
  const left = attemptsLeft(assignment, attemptsUsed);
  const title = assignment.title || "Untitled assignment";
  return (
    <div className="min-w-0 space-y-6">
      <div className="space-y-2">
        <h2 className="break-words text-2xl font-semibold" tabIndex={-1} ref={(el) => el?.focus()}>
          {headingOf(sentVia, assignment.inbox !== undefined, title)}
        </h2>
        {/* With the receipt, the inbox's own box below says it: no second copy of the same words. */}
        <p hidden={sentVia === "inbox"}>
          {sentVia
            ? SENT[sentVia]
            : assignment.inbox
              ? "Your answers are saved in this browser. The box below says whether your teacher's inbox has them."
              : "Your answers are saved in this browser, but your teacher does not have them until you send them."}
        </p>
      </div>
      {result.ending === "time-up-away" ? (
        <p className={notice} role="status">
          Time ran out while this page was closed. Your answers saved before the deadline (
          {formatDateTime(result.submittedAt)}) are in this result; nothing can be added now.
        </p>
      ) : result.ending === "time-up" ? (
        <p className={notice} role="status">
          Time ran out. The answers you gave are in this result.
        </p>
      ) : null}
      <InboxDelivery code={result.code} assignmentId={assignment.id} inbox={assignment.inbox} />
      {sentVia === "inbox" ? (
        // With the receipt, sending again is a choice, not a task: folded away.
        <details className="rounded-control border border-line p-3">
          <summary className="cursor-pointer">Keep a copy: the result link and code</summary>
          <div className="mt-3">
            <HandIn
              item={stored ?? result}
              name={result.name}
              teacherEmail={assignment.teacherEmail}
              headingLevel="h3"
              heading="Your result link and code"
            />
          </div>
        </details>
      ) : (
        <HandIn item={stored ?? result} name={result.name} teacherEmail={assignment.teacherEmail} />
      )}
      {assignment.showScore ? (
        <p className="text-lg">
          Your score: <strong>{formatNumber(graded.score)}</strong> out of {graded.max} (
          {formatPercent(graded.percent / 100)})
        </p>
      ) : (
        <p>Your teacher will tell you how you did.</p>
      )}
      {assignment.attempts !== 1 ? (
        <div className="space-y-2">
          <p>
            {result.attempt && result.attempt > 1 ? `This was attempt ${result.attempt}. ` : ""}
            {left === Infinity
              ? "You may try again as often as you like; your teacher sees every attempt."
              : left > 0
                ? `You have ${left} more ${left === 1 ? "attempt" : "attempts"}; your teacher sees every attempt.`
                : "That was your last attempt."}
          </p>
          {left > 0 ? (
            <button type="button" className={primaryButton} onClick={onAgain}>
              Start attempt {attemptsUsed + 1}
            </button>
          ) : null}
        </div>
      ) : null}
      {mayShowKey(assignment, attemptsUsed) ? (
        <section aria-labelledby="review-h" className="space-y-3">
          <h2 id="review-h" className="text-xl font-semibold">
            Review
          </h2>
          <AttemptReview questions={questions} responses={result.responses} />
        </section>
      ) : assignment.showKey && left > 0 ? (
        <p>The answers and explanations are shown after your last attempt.</p>
      ) : null}
    </div>
  );
}
