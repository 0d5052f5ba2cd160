import type { QuizSettings } from "./types";

// What a learner may ask of a quiz, decided once: the setup form, quiz links and the generator all read these.

export const MIN_QUESTIONS = 5;
export const MAX_QUESTIONS = 50;
export const MAX_TIME_LIMIT_MIN = 180;

/** The quiz a learner gets without choosing anything. */
export const DEFAULT_QUIZ_SETTINGS: QuizSettings = {
  count: 10,
  topics: [],
  difficulties: [],
  types: [],
  mode: "practice",
  timeLimitMin: null,
  adaptive: true,
};

function wholeNumberIn(text: string, min: number, max: number): number | null {
  const t = text.trim();
  if (!/^\d+$/.test(t)) return null;
  const n = Number(t);
  return n >= min && n <= max ? n : null;
}

/** The number of questions written in `text`, or null unless it is a whole number from MIN_QUESTIONS to MAX_QUESTIONS. */
export const questionCountFrom = (text: string): number | null => wholeNumberIn(text, MIN_QUESTIONS, MAX_QUESTIONS);

/** The exam time limit in minutes written in `text`, or null unless it is a whole number from 1 to MAX_TIME_LIMIT_MIN. */
export const timeLimitFrom = (text: string): number | null => wholeNumberIn(text, 1, MAX_TIME_LIMIT_MIN);
