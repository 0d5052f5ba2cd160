// A student's attempt at an assignment, from Start to the result code: when it ends, what it records, and how many
// attempts remain. Pure: `now` is always an argument.
import type { Question } from "@/core/bank/schema";
import type { Response } from "@/core/quiz/types";
import { rawFromResponse } from "./answers";
import type { Assignment } from "./assignment-code";
import type { ResultEnding } from "./endings";
import { encodeResult, type StudentResult } from "./result-code";

/** What a result is built from: the name given, when the attempt started and must end, and the answers saved. */
export type AttemptRecord = {
  name: string;
  /** Epoch ms. */
  startedAt: number;
  /** Epoch ms when time runs out, or null for no limit. */
  deadline: number | null;
  responses: Record<string, Response>;
};

/**
 * How the attempt is being closed: the student chose to finish, the timer reached zero on an open page, or the page
 * was reopened after the deadline had passed (the student was away when time ran out).
 */
export type CloseReason = "finished" | "timer" | "reopened";

export { acceptsAnswers, deadlineFor } from "./deadline";

/** When the result is stamped and why: never later than the deadline, so time spent away is not counted. */
export function endOfAttempt(
  deadline: number | null,
  now: number,
  reason: CloseReason,
): { submittedAt: number; ending: ResultEnding } {
  if (deadline === null || now < deadline) return { submittedAt: now, ending: "finished" };
  return { submittedAt: deadline, ending: reason === "reopened" ? "time-up-away" : "time-up" };
}

/** Builds and encodes a student's result from the attempt's saved answers. */
export function stampResult(
  input: {
    assignment: Pick<Assignment, "id" | "title">;
    questions: readonly Question[];
    attempt: AttemptRecord;
    /** 1 for the first attempt handed in from this browser. */
    attemptNumber: number;
    bankVersion: string;
  },
  now: number,
  reason: CloseReason,
): { result: StudentResult; code: string } {
  const { assignment, questions, attempt, attemptNumber, bankVersion } = input;
  const { submittedAt, ending } = endOfAttempt(attempt.deadline, now, reason);
  const result: StudentResult = {
    assignmentId: assignment.id,
    title: assignment.title,
    attempt: attemptNumber,
    ending,
    name: attempt.name,
    questionIds: questions.map((q) => q.id),
    answers: questions.map((q) => rawFromResponse(q, attempt.responses[q.id])),
    startedAt: attempt.startedAt,
    submittedAt,
    bankVersion,
  };
  return { result, code: encodeResult(result) };
}

/** Attempts a student may still start, given how many this browser has handed in; Infinity without a limit. */
export function attemptsLeft(assignment: Pick<Assignment, "attempts">, handedIn: number): number {
  return assignment.attempts === null ? Infinity : Math.max(0, assignment.attempts - handedIn);
}

/** The key and explanations are shown only once no attempt is left, so a retake cannot copy them. */
export function mayShowKey(assignment: Pick<Assignment, "attempts" | "showKey">, handedIn: number): boolean {
  return assignment.showKey && attemptsLeft(assignment, handedIn) === 0;
}
