const LEADING_ARTICLES = /^(the|a|an|le|la|les|l|el|al)\s+/;
/** Two or more single letters in a row, as left by "I.S.I.S." or "A Q I M" once punctuation is gone. */
const SPELLED_OUT = /(?<![\p{L}\p{N}])\p{L}(?: \p{L}(?![\p{L}\p{N}]))+/gu;

/**
 * Folds a typed answer for comparison: case, accents, punctuation, spacing and a leading article do not count, and an
 * abbreviation written with dots or spaces ("I.S.I.S.") reads as one word ("isis").
 */
export function normalizeAnswer(input: string): string {
  const folded = input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .replace(SPELLED_OUT, (run) => run.replace(/ /g, ""));
  return folded.replace(LEADING_ARTICLES, "").trim();
}
