import type { QuizSettings } from "./types";

// What a learner may ask of a quiz, decided once: the setup form, quiz links and the generator all read these
// (the checks of typed values, questionCountFrom and timeLimitFrom, are in link.ts, beside the links that need them).

export const MIN_QUESTIONS = 5;
export const MAX_QUESTIONS = 50;
export const MAX_TIME_LIMIT_MIN = 180;

/** The quiz a learner gets without choosing anything. */
export const DEFAULT_QUIZ_SETTINGS: QuizSettings = {
  count: 10,
  topics: [],
  difficulties: [],
  types: [],
  levels: [],
  mode: "practice",
  timeLimitMin: null,
  adaptive: true,
};
