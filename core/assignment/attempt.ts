// A student's attempt at an assignment, from Start to the result code: when it ends, what it records, and how many
// attempts remain. Pure: `now` is always an argument.
import type { Assignment } from "./assignment-code";
import type { ResultEnding } from "./endings";

/**
 * How the attempt is being closed: the student chose to finish, the timer reached zero on an open page, or the page
 * was reopened after the deadline had passed (the student was away when time ran out).
 */
export type CloseReason = "finished" | "timer" | "reopened";

export { acceptsAnswers, deadlineFor } from "./deadline";
// Stamping the result (with the result codec) is ./stamp: the page loads it once an attempt is under way.

/** When the result is stamped and why: never later than the deadline, so time spent away is not counted. */
export function endOfAttempt(
  deadline: number | null,
  now: number,
  reason: CloseReason,
): { submittedAt: number; ending: ResultEnding } {
  if (deadline === null || now < deadline) return { submittedAt: now, ending: "finished" };
  return { submittedAt: deadline, ending: reason === "reopened" ? "time-up-away" : "time-up" };
}

/** Attempts a student may still start, given how many this browser has handed in; Infinity without a limit. */
export function attemptsLeft(assignment: Pick<Assignment, "attempts">, handedIn: number): number {
  return assignment.attempts === null ? Infinity : Math.max(0, assignment.attempts - handedIn);
}

/** The key and explanations are shown only once no attempt is left, so a retake cannot copy them. */
export function mayShowKey(assignment: Pick<Assignment, "attempts" | "showKey">, handedIn: number): boolean {
  return assignment.showKey && attemptsLeft(assignment, handedIn) === 0;
}
