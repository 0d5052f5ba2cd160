import type { MatchQuestion, MultipleQuestion, OrderQuestion, Question, TypedQuestion } from "../bank/schema";
import { normalizeAnswer } from "../text/normalize";
import { answerWords, sameAnswer, typoOf } from "../text/answer";
import type { Response, ScoreResult } from "./types";

const right = (detail?: string): ScoreResult => ({ score: 1, correct: true, ...(detail ? { detail } : {}) });
const wrong = (detail?: string): ScoreResult => ({ score: 0, correct: false, ...(detail ? { detail } : {}) });
const partial = (score: number, detail: string): ScoreResult => {
  const s = Math.min(1, Math.max(0, score));
  return { score: s, correct: s === 1, detail };
};

/** The partial-credit rules in words, for the results screen. Keep in step with the functions below. */
export const SCORING_RULES = {
  multiple:
    "Multiple select: the share of right options you ticked, minus the share of wrong options you ticked (never below 0). Ticking every box scores 0.",
  match: "Matching: one share per pair matched correctly.",
  order:
    "Ordering: one share per neighbouring pair placed in the right order (a, then b), so one misplaced item costs little.",
  typed:
    "Typed answers ignore case, accents, punctuation, “the”, a leading “in”/“within”, and how a date is written (“07/2015” or “July 2015”; “11/09/2001” or “9/11/2001”, day or month first). Numbers must match exactly. One typo is forgiven in a word of five or more letters. A title before a name is fine, and so is a first name the article does not give.",
} as const;

/**
 * Multiple select: hits / correct − false alarms / distractors, clamped to [0, 1].
 * Selecting everything scores 0, selecting nothing scores 0, and only the exact key scores 1.
 */
function scoreMultiple(q: MultipleQuestion, choices: readonly string[]): ScoreResult {
  const keys = new Set(q.answer);
  const chosen = new Set(choices.filter((c) => q.options.some((o) => o.text === c)));
  const distractors = q.options.length - keys.size;
  let hits = 0;
  let falseAlarms = 0;
  for (const c of chosen) {
    if (keys.has(c)) hits++;
    else falseAlarms++;
  }
  const score = hits / keys.size - (distractors > 0 ? falseAlarms / distractors : 0);
  return partial(score, `${hits} of ${keys.size} right options ticked, ${falseAlarms} wrong`);
}

/** Matching: pairs right / pairs. */
function scoreMatch(q: MatchQuestion, pairs: Readonly<Record<string, string>>): ScoreResult {
  const n = q.answer.filter((p) => pairs[p.left] === p.right).length;
  return partial(n / q.answer.length, `${n} of ${q.answer.length} pairs right`);
}

/**
 * Ordering by adjacent pairs: of the n − 1 neighbouring pairs (a, b) in the key, the share that the learner also placed
 * with a immediately before b. The key scores 1, the exact reverse scores 0, and moving one item costs one or two pairs.
 */
function scoreOrder(q: OrderQuestion, items: readonly string[]): ScoreResult {
  const pairs = q.answer.length - 1;
  const next = new Map<string, string>();
  for (let i = 0; i + 1 < items.length; i++) next.set(items[i] as string, items[i + 1] as string);
  let n = 0;
  for (let i = 0; i < pairs; i++) if (next.get(q.answer[i] as string) === q.answer[i + 1]) n++;
  // A response that is not a full arrangement of the key's items cannot be fully right.
  const complete = items.length === q.answer.length && q.answer.every((a) => items.includes(a));
  const score = complete ? n / pairs : Math.min(n / pairs, (pairs - 1) / pairs);
  return partial(score, `${n} of ${pairs} neighbouring pairs in the right order`);
}

/** Joins the parts of a hyphenated word ("multi-lateral" to "multilateral"); other hyphens and dashes stay. */
const joinHyphens = (s: string) => s.replace(/(\p{L})[-\u2010\u2011](\p{L})/gu, "$1$2");

/**
 * Typed: right when the answer is an accepted form once both are put in the same form (see core/text/answer.ts); also
 * right with one typo inside a word of five or more letters. Digits are never forgiven, so a number must be exact.
 */
function scoreTyped(q: TypedQuestion, text: string): ScoreResult {
  if (normalizeAnswer(text) === "") return wrong("No answer typed");
  const person = q.kind === "person";
  const options = { person, surnameOnly: person && answerWords(q.answer, { person, dates: false }).length === 1 };
  const variants = [q.answer, ...(q.accept ?? [])];
  // A hyphen inside a word may be typed or left out: "multi-lateral" is "multilateral", "alQaeda" is "al-Qaeda".
  const same = (v: string) => sameAnswer(text, v, options) || sameAnswer(joinHyphens(text), joinHyphens(v), options);
  if (variants.some(same)) return right();
  const near = variants.find((v) => typoOf(text, v, options) || typoOf(joinHyphens(text), joinHyphens(v), options));
  if (near) return right(`Accepted with a typo; the exact spelling is “${near}”`);
  return wrong();
}

/**
 * Whether a response is an answer under ANSWERED_RULE (./answered-rule.ts): something chosen, typed, paired or ordered. An exam question
 * left blank has no response, and blank typing or an empty selection is not an answer either.
 */
export function isAnswered(response: Response | undefined): boolean {
  if (!response) return false;
  switch (response.type) {
    case "single":
    case "true-false":
      return true;
    case "typed":
      return normalizeAnswer(response.text) !== "";
    case "multiple":
      return response.choices.length > 0;
    case "match":
      return Object.keys(response.pairs).length > 0;
    case "order":
      return response.items.length > 0;
  }
}

/** Scores one answer from 0 to 1; an unanswered question (undefined) or an answer of the wrong shape scores 0. */
export function scoreResponse(question: Question, response: Response | undefined): ScoreResult {
  if (!response) return wrong("Not answered");
  switch (question.type) {
    case "single":
      return response.type === "single" && response.choice === question.answer ? right() : wrong();
    case "true-false":
      return response.type === "true-false" && response.value === question.answer ? right() : wrong();
    case "multiple":
      return response.type === "multiple" ? scoreMultiple(question, response.choices) : wrong();
    case "match":
      return response.type === "match" ? scoreMatch(question, response.pairs) : wrong();
    case "order":
      return response.type === "order" ? scoreOrder(question, response.items) : wrong();
    case "typed":
      return response.type === "typed" ? scoreTyped(question, response.text) : wrong();
  }
}

/** The response that scores 1: used by tests, and to show the key. */
export function keyResponse(question: Question): Response {
  switch (question.type) {
    case "single":
      return { type: "single", choice: question.answer };
    case "multiple":
      return { type: "multiple", choices: [...question.answer] };
    case "true-false":
      return { type: "true-false", value: question.answer };
    case "typed":
      return { type: "typed", text: question.answer };
    case "match":
      return { type: "match", pairs: Object.fromEntries(question.answer.map((p) => [p.left, p.right])) };
    case "order":
      return { type: "order", items: [...question.answer] };
  }
}
