// How answers are scored and counted, in words for the screens. Keep in step with ./score.ts, which applies them.

/** The partial-credit rules in words, for the results screen. Keep in step with ./score.ts. */
export const SCORING_RULES = {
  multiple:
    "Multiple select: the share of right options you ticked, minus the share of wrong options you ticked (never below 0). Ticking every box scores 0.",
  match: "Matching: one share per pair matched correctly.",
  order:
    "Ordering: one share per neighbouring pair placed in the right order (a, then b), so one misplaced item costs little.",
  typed:
    "Typed answers ignore case, accents, punctuation, “the”, a leading “in”/“within”, and how a date is written (“07/2015” or “July 2015”). Numbers must match exactly. One typo is forgiven in a word of five or more letters. A title before a name is fine, and so is a first name the article does not give.",
} as const;

/** The one rule, for practice and exams alike, for what counts as answering a question (history, mastery, /progress). */
export const ANSWERED_RULE =
  "A question counts as answered when you give it an answer, in practice or in an exam; a question left blank is not counted.";
