import type { Bank, Question } from "../bank/schema";
import { compatibleSet } from "../bank/excludes";
import type { QuizSettings } from "./types";

// The questions a quiz may draw from, and how many fit in one quiz: what the setup form shows as the learner ticks.

/** The active (not retired) questions that pass the settings' topic, difficulty, type, level and paragraph filters. */
export function matchingQuestions(
  bank: Bank,
  settings: Pick<QuizSettings, "topics" | "difficulties" | "types" | "paragraphs"> & {
    levels?: QuizSettings["levels"];
  },
): Question[] {
  const [first, last] = settings.paragraphs ?? [0, Infinity];
  const topics = new Set(settings.topics);
  const difficulties = new Set<number>(settings.difficulties);
  const types = new Set<string>(settings.types);
  const levels = new Set<string>(settings.levels ?? []);
  return bank.questions.filter(
    (q) =>
      !q.retired &&
      (topics.size === 0 || topics.has(q.topic)) &&
      (difficulties.size === 0 || difficulties.has(q.difficulty)) &&
      (types.size === 0 || types.has(q.type)) &&
      (levels.size === 0 || (q.level !== undefined && levels.has(q.level))) &&
      // A section quiz keeps the questions citing its paragraphs, whatever their topic (topics cross sections).
      +q.source.paragraph.slice(1) >= first &&
      +q.source.paragraph.slice(1) <= last,
  );
}

/**
 * How many questions one quiz with these settings can hold: the matching questions, less those that would give each
 * other away (Question.excludes). generateQuiz (./generate.ts) succeeds for any count up to this.
 */
export function quizCapacity(bank: Bank, settings: QuizSettings): number {
  return compatibleSet(matchingQuestions(bank, settings)).length;
}
