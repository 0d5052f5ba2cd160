import type { Bank, Level, QuestionType } from "../bank/schema";
import { LEVELS } from "../bank/question-types";
import { quizCapacity } from "./pool";
import { questionCountFrom, timeLimitFrom } from "./link";
import { DEFAULT_QUIZ_SETTINGS, MAX_QUESTIONS, MAX_TIME_LIMIT_MIN, MIN_QUESTIONS } from "./settings";
import { QUIZ_QUESTION_TYPES, type Difficulty, type QuizMode, type QuizSettings } from "./types";

export const DIFFICULTIES: readonly Difficulty[] = [1, 2, 3];
export const DIFFICULTY_LABELS: Record<Difficulty, string> = { 1: "Easy", 2: "Medium", 3: "Hard" };

/** The quiz setup form as typed: text fields as strings, ticked boxes as lists. */
export type SetupForm = {
  count: string;
  time: string;
  mode: QuizMode;
  adaptive: boolean;
  topics: string[];
  difficulties: Difficulty[];
  types: QuestionType[];
  levels: Level[];
  /** A quiz that follows a link must give the sender's questions, so it ignores this learner's history. */
  fromLink: boolean;
  /** A section quiz's paragraphs, from its link (the form does not change them). */
  paragraphs?: [number, number] | undefined;
};

export type SetupCheck = {
  /** The settings the form stands for (defaults where a field is not valid yet). */
  settings: QuizSettings;
  /**
   * Questions in the bank that match the ticked topics, difficulties, types and levels and can share a quiz without giving
   * each other's answers away: 0 when a group has none ticked.
   */
  available: number;
  /** Nothing ticked in some group: the words that say which. */
  emptyGroup: string | null;
  /**
   * Why the quiz cannot start, in words, or null. Too few matching questions is not one: Start asks the generator,
   * which loads with the advice on what to widen (./too-few.ts), so the page's first JavaScript does not carry it.
   */
  problem: string | null;
};

/** All selected means "no filter" (an empty list), so new topics or types are included automatically. */
const asFilter = <T>(selected: readonly T[], all: readonly T[]): T[] =>
  selected.length === all.length ? [] : [...selected];

export const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Reads the setup form: the settings it means, how many questions match, and what stops it from starting. */
export function checkSetupForm(form: SetupForm, bank: Bank): SetupCheck {
  const topicIds = bank.topics.map((t) => t.id);
  const n = Number(form.count);
  const countOk = questionCountFrom(form.count) !== null;
  const t = timeLimitFrom(form.time);
  const timeOk = form.time === "" || t !== null;
  const settings: QuizSettings = {
    count: countOk ? n : DEFAULT_QUIZ_SETTINGS.count,
    topics: asFilter(form.topics, topicIds),
    difficulties: asFilter(form.difficulties, DIFFICULTIES),
    types: asFilter(form.types, QUIZ_QUESTION_TYPES),
    levels: asFilter(
      LEVELS.filter((l) => form.levels.includes(l)),
      LEVELS,
    ),
    mode: form.mode,
    timeLimitMin: form.mode === "exam" ? t : null,
    adaptive: form.mode === "practice" && form.adaptive && !form.fromLink,
  };
  if (form.paragraphs) settings.paragraphs = form.paragraphs;
  const empty = [
    form.topics.length === 0 ? "topic" : null,
    form.difficulties.length === 0 ? "difficulty" : null,
    form.types.length === 0 ? "question type" : null,
    form.levels.length === 0 ? "level" : null,
  ].filter((x) => x !== null);
  const emptyGroup = empty.length ? `Tick at least one ${empty.join(", one ")}.` : null;
  // An empty list means "all" to the generator, so a group with nothing ticked must not be asked about.
  const available = emptyGroup ? 0 : quizCapacity(bank, settings);
  let problem: string | null = null;
  if (!countOk) problem = `Enter a whole number from ${MIN_QUESTIONS} to ${MAX_QUESTIONS}.`;
  else if (!timeOk) problem = `The time limit must be 1 to ${MAX_TIME_LIMIT_MIN} minutes, or empty for none.`;
  else if (emptyGroup) problem = emptyGroup;
  return { settings, available, emptyGroup, problem };
}

/** The line under the number of questions: how many match, or what to tick first. */
export function availableText(check: SetupCheck): string {
  if (check.emptyGroup) return check.emptyGroup;
  return `${plural(check.available, "question", "questions")} available.`;
}
