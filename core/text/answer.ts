import { normalizeAnswer } from "./normalize";

// How a typed answer is compared with an accepted form. Pure functions; the scorer (core/quiz/score.ts) decides
// right or wrong with them, and SCORING_RULES.typed says the same in words.

const MONTHS: Readonly<Record<string, number>> = {
  january: 1,
  jan: 1,
  february: 2,
  feb: 2,
  march: 3,
  mar: 3,
  april: 4,
  apr: 4,
  may: 5,
  june: 6,
  jun: 6,
  july: 7,
  jul: 7,
  august: 8,
  aug: 8,
  september: 9,
  sep: 9,
  sept: 9,
  october: 10,
  oct: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};
/** A leading preposition does not change where or when: "in Ceuta" is "Ceuta", "within Europe" is "Europe". */
const PREPOSITIONS = new Set(["in", "at", "on", "inside", "within", "from", "by"]);
/** Titles before a person's name. */
const TITLES = new Set([
  "president",
  "french",
  "belgian",
  "us",
  "cia",
  "fbi",
  "director",
  "prime",
  "minister",
  "pm",
  "mr",
  "monsieur",
  "dr",
]);

const isDay = (t: string | undefined) => t !== undefined && /^\d{1,2}$/.test(t) && +t >= 1 && +t <= 31;
const isMonthNumber = (t: string | undefined) => t !== undefined && /^\d{1,2}$/.test(t) && +t >= 1 && +t <= 12;
const isYear = (t: string | undefined) => t !== undefined && /^\d{4}$/.test(t);
const month = (t: string | undefined) => (t === undefined ? undefined : MONTHS[t]);

type DateRule = (t: string, next: string | undefined, after: string | undefined) => [string, number] | null;

/** Each rule reads a date at the start of the words and returns it as one word and how many words it used. */
const DATE_RULES: readonly DateRule[] = [
  (t, next) => (month(t) && isYear(next) ? [`y${next}m${month(t)}`, 2] : null), // July 2015
  (t, next, after) => (month(t) && next === "of" && isYear(after) ? [`y${after}m${month(t)}`, 3] : null), // July of 2015
  (t, next) => (isYear(t) && month(next) ? [`y${t}m${month(next)}`, 2] : null), // 2015 July
  (t, next) => (month(t) && isDay(next) ? [`m${month(t)}d${Number(next)}`, 2] : null), // September 11
  (t, next) => (isDay(t) && month(next) ? [`m${month(next)}d${Number(t)}`, 2] : null), // 11 September
  (t, next, after) => (isDay(t) && next === "of" && month(after) ? [`m${month(after)}d${Number(t)}`, 3] : null), // 11th of September
  (t, next) => (isMonthNumber(t) && isYear(next) ? [`y${next}m${Number(t)}`, 2] : null), // 07/2015
  (t, next) => (isMonthNumber(t) && isDay(next) ? [`m${Number(t)}d${Number(next)}`, 2] : null), // 9/11
];
/** The same rules reading a numeric day/month day first ("11/09" is 11 September), as most of the world writes it. */
const DAY_FIRST_RULES: readonly DateRule[] = [
  ...DATE_RULES.slice(0, -1),
  (t, next) => (isDay(t) && isMonthNumber(next) ? [`m${Number(next)}d${Number(t)}`, 2] : null), // 11/09
];

/**
 * Rewrites dates to one form so that "July 2015", "Jul 2015", "07/2015", "2015 July" and "July of 2015" agree, and
 * "September 11", "11 September", "Sept. 11th" and "9/11" agree. Numbers are kept exactly: only their form changes.
 */
function canonicalDates(words: readonly string[], dayFirst = false): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < words.length) {
    const t = words[i] as string;
    let date: [string, number] | null = null;
    for (const rule of dayFirst ? DAY_FIRST_RULES : DATE_RULES) if (!date) date = rule(t, words[i + 1], words[i + 2]);
    out.push(date ? date[0] : t);
    i += date ? date[1] : 1;
  }
  return out;
}

/**
 * person: the answer is a person's name, so titles before it do not count. surnameOnly: the article gives only the
 * surname ("Chirac"), so a first name added before it ("Jacques Chirac") is an outside detail, not an error; where the
 * article gives a first name, a different one is wrong.
 */
export type AnswerOptions = { person?: boolean; surnameOnly?: boolean };

/**
 * The words of an answer as compared: normalised (see normalizeAnswer), "the" dropped anywhere, ordinal endings dropped
 * ("11th" is "11"), a leading preposition dropped, and for a person the titles before the name. With `dates`, dates
 * are rewritten to one form.
 */
export function answerWords(text: string, options: AnswerOptions & { dates: boolean; dayFirst?: boolean }): string[] {
  let words = normalizeAnswer(text)
    .split(" ")
    .filter((w) => w !== "" && w !== "the")
    .map((w) => w.replace(/^(\d+)(st|nd|rd|th)$/, "$1"));
  if (words.length > 1 && PREPOSITIONS.has(words[0] as string)) words = words.slice(1);
  if (options.person) while (words.length > 1 && TITLES.has(words[0] as string)) words = words.slice(1);
  return options.dates ? canonicalDates(words, options.dayFirst) : words;
}

/**
 * The forms a given answer may be read as: itself and, for a person the article names by surname only, without a
 * first name before the surname ("Jacques Chirac" is also read as "Chirac").
 */
function givenForms(words: string[], options: AnswerOptions): string[] {
  const forms = [words.join(" ")];
  if (options.person && options.surnameOnly && words.length === 2 && /^\p{L}+$/u.test(words[0] as string))
    forms.push(words.slice(1).join(" "));
  return forms;
}

/**
 * Whether `given` is exactly `accepted` once both are put in the same form. A numeric date in the given answer is read
 * month first ("9/11") and day first ("11/09/2001"), and accepted when either reading matches.
 */
export function sameAnswer(given: string, accepted: string, options: AnswerOptions = {}): boolean {
  const target = answerWords(accepted, { ...options, dates: true }).join(" ");
  if (target === "") return false;
  return [false, true].some((dayFirst) =>
    givenForms(answerWords(given, { ...options, dates: true, dayFirst }), options).includes(target),
  );
}

const LETTERS = /^\p{L}*$/u;

/**
 * Whether `a` differs from `b` by one typo (a letter inserted, deleted, replaced, or two neighbouring letters
 * swapped) inside a word of `b` that has five or more letters and no digit. Digits and spaces are never forgiven.
 */
export function oneLetterTypo(a: string, b: string): boolean {
  if (a === b) return false;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  let s = 0;
  while (s < a.length - p && s < b.length - p && a[a.length - 1 - s] === b[b.length - 1 - s]) s++;
  const da = a.slice(p, a.length - s);
  const db = b.slice(p, b.length - s);
  const oneEdit =
    (da.length <= 1 && db.length <= 1) || (da.length === 2 && db.length === 2 && da[0] === db[1] && da[1] === db[0]);
  if (!oneEdit || !LETTERS.test(da) || !LETTERS.test(db)) return false;
  // The word of `b` where the edit falls: the one holding b[p], or the one just before it for an insertion at its end.
  const at = p < b.length && b[p] !== " " ? p : p - 1;
  if (at < 0 || b[at] === " ") return false;
  const start = b.lastIndexOf(" ", at) + 1;
  const end = b.indexOf(" ", at);
  const word = b.slice(start, end === -1 ? b.length : end);
  return word.length >= 5 && LETTERS.test(word);
}

/** Whether `given` is `accepted` with one forgivable typo (see oneLetterTypo), once both are put in the same form. */
export function typoOf(given: string, accepted: string, options: AnswerOptions = {}): boolean {
  const target = answerWords(accepted, { ...options, dates: false }).join(" ");
  return givenForms(answerWords(given, { ...options, dates: false }), options).some((g) => oneLetterTypo(g, target));
}
