const LEADING_ARTICLES = /^(the|a|an|le|la|les|l|el|al)\s+/;

/** Folds a typed answer for comparison: case, accents, punctuation, spacing and a leading article do not count. */
export function normalizeAnswer(input: string): string {
  const folded = input
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['\u2019`]/g, "")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
  return folded.replace(LEADING_ARTICLES, "").trim();
}
