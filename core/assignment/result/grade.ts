// Grading always starts again from the answers and the bank: a score written into a code is never trusted.
import type { Bank, Question } from "@/core/bank/schema";
import { scoreResponse } from "@/core/quiz/score";
import type { Response, ScoreResult } from "@/core/quiz/types";
import { responseFromRaw } from "./answers";
import type { StudentResult } from "./result-code";

export type GradedItem = {
  questionId: string;
  /** Undefined when the bank no longer has this id at all (retired questions still resolve). */
  question?: Question;
  response?: Response;
  result: ScoreResult;
};

export type GradedResult = {
  items: GradedItem[];
  /** Sum of item scores (partial credit counts). */
  score: number;
  /** Questions that could be graded. */
  max: number;
  /** 0 to 100, rounded. */
  percent: number;
  /** Ids the bank does not know: left out of the total. */
  unknownIds: string[];
  /** The student's app had another version of the bank. */
  bankChanged: boolean;
};

// The bank's questions by id, built once per bank: a gradebook grades hundreds of results against the same bank.
const questionsById = new WeakMap<Bank, Map<string, Question>>();
function questionsOf(bank: Bank): Map<string, Question> {
  let byId = questionsById.get(bank);
  if (!byId) {
    byId = new Map(bank.questions.map((q) => [q.id, q]));
    questionsById.set(bank, byId);
  }
  return byId;
}

/** Recomputes a student's grade from their answers against this bank. */
export function gradeResult(
  bank: Bank,
  result: Pick<StudentResult, "questionIds" | "answers" | "bankVersion">,
): GradedResult {
  const byId = questionsOf(bank);
  const items: GradedItem[] = result.questionIds.map((questionId, i) => {
    const question = byId.get(questionId);
    if (!question) return { questionId, result: { score: 0, correct: false, detail: "Not in the question bank" } };
    const response = responseFromRaw(question, result.answers[i] ?? null);
    return { questionId, question, response, result: scoreResponse(question, response) };
  });
  const graded = items.filter((item) => item.question);
  const score = graded.reduce((sum, item) => sum + item.result.score, 0);
  const max = graded.length;
  return {
    items,
    score,
    max,
    percent: max === 0 ? 0 : Math.round((score / max) * 100),
    unknownIds: items.filter((item) => !item.question).map((item) => item.questionId),
    bankChanged: result.bankVersion !== bank.version,
  };
}

/** Seconds of slack for the automatic submit at zero (a sleeping laptop, a slow phone) before a result is flagged. */
export const OVERTIME_GRACE_SECONDS = 30;

/** True when a result was handed in later than the time limit allows. */
export function isOverTime(
  result: Pick<StudentResult, "startedAt" | "submittedAt">,
  timeLimitMinutes: number | null,
): boolean {
  if (!timeLimitMinutes) return false;
  return result.submittedAt - result.startedAt > (timeLimitMinutes * 60 + OVERTIME_GRACE_SECONDS) * 1000;
}
