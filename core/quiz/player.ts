import type { Question } from "../bank/schema";
import { isAnswered } from "./score";
import type { PreparedQuestion, QuizMode, Response } from "./types";

// The quiz player's decisions, kept out of the React component so they can be tested: what the main button says and
// does, when an answer is not ready to check, and how each option is marked after checking.

/** The answer an untouched question stands for: an ordering question starts in a valid (if wrong) arrangement. */
export function untouchedResponse(question: Question, prepared: PreparedQuestion): Response | undefined {
  return question.type === "order" ? { type: "order", items: [...prepared.order] } : undefined;
}

/** No answer at all under ANSWERED_RULE: nothing chosen, an empty text, no pair matched. */
export function isBlank(response: Response | undefined): boolean {
  return !isAnswered(response);
}

/** Why an answer cannot be checked yet, in words, or null when it can. */
export function notReadyReason(question: Question, response: Response | undefined): string | null {
  if (isBlank(response)) return question.type === "typed" ? "Type an answer first." : "Choose an answer first.";
  if (question.type === "match" && response?.type === "match") {
    const matched = question.answer.filter((p) => response.pairs[p.left] !== undefined).length;
    if (matched < question.answer.length)
      return `Match every item first: ${matched} of ${question.answer.length} are matched.`;
  }
  return null;
}

export type PrimaryStep =
  | { kind: "next" }
  | { kind: "finish" }
  | { kind: "check"; response: Response }
  | { kind: "save"; response: Response | undefined; then: "next" | "finish" }
  | { kind: "not-ready"; message: string };

/**
 * What the main button (and Enter) does. Practice: check the answer, then go on once its feedback is shown. Exam:
 * save what is there (a blank or half-matched answer may be finished later) and move on.
 */
export function primaryStep(input: {
  question: Question;
  prepared: PreparedQuestion;
  mode: QuizMode;
  /** Practice feedback is on screen: the answer is final. */
  locked: boolean;
  last: boolean;
  draft: Response | undefined;
}): PrimaryStep {
  const { question, prepared, mode, locked, last } = input;
  if (locked) return last ? { kind: "finish" } : { kind: "next" };
  const response = input.draft ?? untouchedResponse(question, prepared);
  if (mode === "exam")
    return { kind: "save", response: isBlank(response) ? undefined : response, then: last ? "finish" : "next" };
  const reason = notReadyReason(question, response);
  return reason || !response
    ? { kind: "not-ready", message: reason ?? "Choose an answer first." }
    : { kind: "check", response };
}

/** The main button's words for the same situation. */
export function primaryLabel(mode: QuizMode, locked: boolean, last: boolean): string {
  if (locked) return last ? "See results" : "Next question";
  if (mode === "practice") return "Check answer";
  return last ? "Save and finish" : "Save and next";
}

/** How an option, a pair or an item is marked once checked: its kind (for colour and icon) and its words. */
export type Mark = { kind: "correct" | "wrong" | "missed"; text: string };

/**
 * Marks for each choice of a single, multiple or true/false question, by choice text ("True"/"False" for true/false):
 * the learner's picks are right or wrong, a right answer they did not pick is missed, the rest get no mark.
 */
export function choiceMarks(question: Question, response: Response | undefined): Record<string, Mark | null> {
  let choices: string[];
  let key: string[];
  let picked: string[];
  if (question.type === "true-false") {
    choices = ["True", "False"];
    key = [question.answer ? "True" : "False"];
    picked = response?.type === "true-false" ? [response.value ? "True" : "False"] : [];
  } else if (question.type === "single" || question.type === "multiple") {
    choices = question.options.map((o) => o.text);
    key = question.type === "single" ? [question.answer] : question.answer;
    picked = response?.type === "single" ? [response.choice] : response?.type === "multiple" ? response.choices : [];
  } else return {};
  const several = question.type === "multiple";
  return Object.fromEntries(
    choices.map((c): [string, Mark | null] => {
      const isKey = key.includes(c);
      if (picked.includes(c))
        return [
          c,
          isKey ? { kind: "correct", text: "Your answer: right" } : { kind: "wrong", text: "Your answer: wrong" },
        ];
      if (isKey) return [c, { kind: "missed", text: several ? "Also right: not ticked" : "The right answer" }];
      return [c, null];
    }),
  );
}

/** Marks for each left-hand item of a matching question. */
export function matchMarks(question: Question, response: Response | undefined): Record<string, Mark> {
  if (question.type !== "match") return {};
  const pairs = response?.type === "match" ? response.pairs : {};
  return Object.fromEntries(
    question.answer.map((p): [string, Mark] => {
      const chosen = pairs[p.left];
      if (chosen === p.right) return [p.left, { kind: "correct", text: "Right" }];
      if (chosen === undefined) return [p.left, { kind: "missed", text: `Not matched: it goes with “${p.right}”` }];
      return [p.left, { kind: "wrong", text: `Wrong: it goes with “${p.right}”` }];
    }),
  );
}

/** Marks for each item of an ordering question as the learner placed it. */
export function orderMarks(question: Question, response: Response | undefined): Record<string, Mark> {
  if (question.type !== "order" || response?.type !== "order") return {};
  return Object.fromEntries(
    response.items.map((item, i): [string, Mark] => {
      const at = question.answer.indexOf(item);
      return at === i
        ? [item, { kind: "correct", text: "In the right place" }]
        : [item, { kind: "wrong", text: `Belongs at position ${at + 1}` }];
    }),
  );
}
