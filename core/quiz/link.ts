// Quiz links carry the settings and the seed in the query string, so anyone who opens one gets the same quiz:
//   /quiz/?n=10&topics=morocco,warnings&types=single,typed&difficulty=1,2&level=understand,analyse&mode=exam&time=10&seed=12345
// n: 5 to 50; topics, types, difficulty, level: comma lists (absent = all); mode: practice | exam; time: minutes (exam only,
// 1 to 180); paras: a section quiz's paragraphs, first to last (p4-p16; absent = the whole article); seed: 0 to
// 4294967295. A link always generates without the learner's history (adaptive off), since the point of a link is the
// same questions for everyone. A section link (the article's "Quiz me on this section") has no seed: each visit draws
// afresh.
import type { Level, QuestionType } from "../bank/schema";
import { LEVELS } from "../bank/question-types";
import { DEFAULT_QUIZ_SETTINGS, MAX_QUESTIONS, MAX_TIME_LIMIT_MIN, MIN_QUESTIONS } from "./settings";
import { QUIZ_QUESTION_TYPES as QUESTION_TYPES, type Difficulty, type QuizSettings } from "./types";

/** The query string (without "?") for a quiz's settings and seed (none: a fresh draw on each visit). */
export function encodeQuizLink(settings: QuizSettings, seed: number | null): string {
  const params = new URLSearchParams();
  params.set("n", String(settings.count));
  if (settings.topics.length) params.set("topics", settings.topics.join(","));
  if (settings.types.length) params.set("types", settings.types.join(","));
  if (settings.difficulties.length) params.set("difficulty", settings.difficulties.join(","));
  if (settings.levels.length) params.set("level", LEVELS.filter((l) => settings.levels.includes(l)).join(","));
  if (settings.paragraphs) params.set("paras", `p${settings.paragraphs[0]}-p${settings.paragraphs[1]}`);
  params.set("mode", settings.mode);
  if (settings.mode === "exam" && settings.timeLimitMin) params.set("time", String(settings.timeLimitMin));
  if (seed !== null) params.set("seed", String(seed >>> 0));
  // Commas read better than %2C and are safe in a query string.
  return params.toString().replace(/%2C/g, ",");
}

export type DecodedQuizLink = {
  settings: QuizSettings;
  /** Null when the link has no usable seed: the caller picks a fresh one. */
  seed: number | null;
  /** Plain-language notes about parts of the link that were ignored; empty when the link was clean. */
  problems: string[];
};

// The setup form checks what the learner types with these too, so a link and the form accept the same values.
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

const isInt = (s: string) => /^\d{1,10}$/.test(s);

/**
 * Reads a quiz link's query string. Returns null when it carries no quiz parameters at all. Any bad part falls back to
 * the default and is reported in `problems`; it never throws.
 */
export function decodeQuizLink(search: string, knownTopics: readonly string[]): DecodedQuizLink | null {
  const params = new URLSearchParams(search);
  const keys = ["n", "topics", "types", "difficulty", "level", "paras", "mode", "time", "seed"];
  if (!keys.some((k) => params.has(k))) return null;
  const problems: string[] = [];
  const settings: QuizSettings = { ...DEFAULT_QUIZ_SETTINGS, adaptive: false };

  const n = params.get("n");
  if (n !== null) {
    const count = questionCountFrom(n);
    if (count !== null) settings.count = count;
    else
      problems.push(`The number of questions must be ${MIN_QUESTIONS} to ${MAX_QUESTIONS}; using ${settings.count}.`);
  }
  const list = (name: string) =>
    (params.get(name) ?? "")
      .split(",")
      .map((s) => s.trim())
      .filter(Boolean);

  const topics = list("topics");
  const goodTopics = topics.filter((t) => knownTopics.includes(t));
  if (goodTopics.length < topics.length) problems.push("Some topics in the link do not exist; they were left out.");
  settings.topics = [...new Set(goodTopics)];

  const types = list("types");
  const goodTypes = types.filter((t): t is QuestionType => (QUESTION_TYPES as readonly string[]).includes(t));
  if (goodTypes.length < types.length)
    problems.push("Some question types in the link are unknown; they were left out.");
  settings.types = [...new Set(goodTypes)];

  const difficulties = list("difficulty");
  const goodDifficulties = difficulties.filter((d) => d === "1" || d === "2" || d === "3").map(Number) as Difficulty[];
  if (goodDifficulties.length < difficulties.length)
    problems.push("Difficulty must be 1, 2 or 3; other values were left out.");
  settings.difficulties = [...new Set(goodDifficulties)].sort();

  const levels = list("level");
  const goodLevels = LEVELS.filter((l: Level) => levels.includes(l));
  if (levels.some((l) => !(LEVELS as readonly string[]).includes(l)))
    problems.push("Level must be recall, understand or analyse; other values were left out.");
  settings.levels = goodLevels;

  const mode = params.get("mode");
  if (mode === "practice" || mode === "exam") settings.mode = mode;
  else if (mode !== null) problems.push("The mode must be practice or exam; using practice.");

  const time = params.get("time");
  if (time !== null) {
    const limit = timeLimitFrom(time);
    if (limit !== null) settings.timeLimitMin = settings.mode === "exam" ? limit : null;
    else problems.push(`The time limit must be 1 to ${MAX_TIME_LIMIT_MIN} minutes; no limit is set.`);
  }

  const paras = params.get("paras");
  if (paras !== null) {
    const [, a, b] = /^p(\d+)-p(\d+)$/.exec(paras) ?? [];
    if (a && b && +a > 0 && +a <= +b) settings.paragraphs = [+a, +b];
    else problems.push("The paragraphs in the link could not be read, so the questions come from the whole article.");
  }

  const seedText = params.get("seed");
  let seed: number | null = null;
  if (seedText !== null && isInt(seedText) && Number(seedText) <= 0xffffffff) seed = Number(seedText);
  // A section link has no seed on purpose.
  else if (seedText !== null || !settings.paragraphs)
    problems.push("The link has no valid quiz number, so the questions will differ from the sender's.");
  return { settings, seed, problems };
}
