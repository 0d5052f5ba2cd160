// What counts as answering a question, in words (/progress shows it without loading the scorer, ./score.ts).

/** The one rule, for practice and exams alike, for what counts as answering a question (history, mastery, /progress). */
export const ANSWERED_RULE =
  "A question counts as answered when you give it an answer, in practice or in an exam; a question left blank is not counted.";
