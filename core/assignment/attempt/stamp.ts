// The end of an attempt: the student's result built from the saved answers and encoded. Apart from ./attempt so the
// result codec loads only once an attempt is under way. Pure: `now` is always an argument.
import type { Question } from "@/core/bank/schema";
import type { Response } from "@/core/quiz/types";
import { rawFromResponse } from "../result/answers";
import type { Assignment } from "../link/assignment-code";
import { endOfAttempt, type CloseReason } from "./attempt";
import { encodeResult, type StudentResult } from "../result/result-code";

/** What a result is built from: the name given, when the attempt started and must end, and the answers saved. */
export type AttemptRecord = {
  name: string;
  /** Epoch ms. */
  startedAt: number;
  /** Epoch ms when time runs out, or null for no limit. */
  deadline: number | null;
  responses: Record<string, Response>;
};

/** Builds and encodes a student's result from the attempt's saved answers. */
export function stampResult(
  input: {
    assignment: Pick<Assignment, "id" | "title">;
    questions: readonly Question[];
    attempt: AttemptRecord;
    /** 1 for this student's first attempt on this device (see nextAttemptNumber). */
    attemptNumber: number;
    bankVersion: string;
    /** This browser's device id, so the gradebook can tell two students of one name apart. */
    device?: string;
  },
  now: number,
  reason: CloseReason,
): { result: StudentResult; code: string } {
  const { assignment, questions, attempt, attemptNumber, bankVersion, device = "" } = input;
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
    device,
  };
  return { result, code: encodeResult(result) };
}
