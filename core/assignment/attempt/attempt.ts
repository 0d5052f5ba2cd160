// A student's attempt at an assignment, from Start to the result code: when it ends, what it records, and how many
// attempts remain. Pure: `now` is always an argument.
import type { Assignment } from "../link/assignment-code";
import type { ResultEnding } from "./endings";
import { foldName } from "./names";
import type { StudentResult } from "../result/result-code";
import type { HandedIn } from "../saved/saved";

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

/** Attempts a student may still start, given how many they handed in on this device; Infinity without a limit. */
export function attemptsLeft(assignment: Pick<Assignment, "attempts">, handedIn: number): number {
  return assignment.attempts === null ? Infinity : Math.max(0, assignment.attempts - handedIn);
}

/** The key and explanations are shown only once no attempt is left, so a retake cannot copy them. */
export function mayShowKey(assignment: Pick<Assignment, "attempts" | "showKey">, handedIn: number): boolean {
  return assignment.showKey && attemptsLeft(assignment, handedIn) === 0;
}

/** What numbering needs of a handed-in record. */
type Filed = { assignmentId: string; name?: string; attempt?: number; submittedAt: number };

/**
 * The results one student handed in for one assignment on this device, matched by name (trimmed, any case): on a
 * shared device each student's attempts are their own, and a new student does not inherit the last one's.
 */
export function attemptsBy<T extends Filed>(handedIn: readonly T[], assignmentId: string, name: string): T[] {
  const folded = foldName(name);
  return handedIn.filter((h) => h.assignmentId === assignmentId && foldName(h.name ?? "") === folded);
}

/** The number of this student's next attempt: one after their own highest (1 for a student new to this device). */
export function nextAttemptNumber(handedIn: readonly Filed[], assignmentId: string, name: string): number {
  const mine = attemptsBy(handedIn, assignmentId, name);
  return Math.max(mine.length, ...mine.map((h) => h.attempt ?? 1)) + 1;
}

/** The name of whoever handed in this assignment last on this device ("" when nobody has). */
export function lastStudent(handedIn: readonly Filed[], assignmentId: string): string {
  let last: Filed | undefined;
  for (const h of handedIn)
    if (h.assignmentId === assignmentId && (!last || h.submittedAt > last.submittedAt)) last = h;
  return last?.name ?? "";
}

/**
 * The waiting attempt a student continues by entering `name` (trimmed, any case), if any. An empty name is nobody's
 * in a new tab (`tabStudent` null): with names optional, only the tab that began an unnamed attempt continues it.
 */
export function attemptToContinue<T extends { name: string }>(
  waiting: readonly T[],
  name: string,
  tabStudent: string | null,
): T | undefined {
  const folded = foldName(name);
  if (folded === "" && tabStudent !== "") return undefined;
  return waiting.find((a) => foldName(a.name) === folded);
}

/** The attempts at one assignment under way on this device, the one answered in most recently first. */
export function attemptsUnderWay<T extends { assignmentId: string; updatedAt: number }>(
  attempts: Readonly<Record<string, T>>,
  assignmentId: string,
): T[] {
  return Object.values(attempts)
    .filter((a) => a.assignmentId === assignmentId)
    .sort((a, b) => b.updatedAt - a.updatedAt);
}

/** The record this device keeps of a stamped result: what the list of results and a retake read back. */
export function handedInRecord(
  assignment: Pick<Assignment, "id" | "code" | "title">,
  result: Pick<StudentResult, "submittedAt" | "attempt" | "ending" | "name">,
  code: string,
): HandedIn {
  return {
    code,
    assignmentId: assignment.id,
    assignmentCode: assignment.code,
    title: assignment.title,
    submittedAt: result.submittedAt,
    attempt: result.attempt,
    ending: result.ending,
    name: result.name,
  };
}
