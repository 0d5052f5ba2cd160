import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { assembleBank } from "../../core/bank/assemble";
import { appendPublished, publishedProblems, type PublishedOptions } from "../../core/bank/published";
import type { Bank } from "../../core/bank/schema";

// Next's build bundles this file (app/progress reads the bank when the site is built) without import.meta.dirname;
// it builds from the project folder.
export const QUESTIONS_DIR = import.meta.dirname
  ? join(import.meta.dirname, "..", "..", "questions")
  : join(process.cwd(), "questions");
export const DEFAULT_ARTICLE = "how-to-cooperate-against-terrorism";

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, "utf8"));

/** Reads an article folder: article.json, topics.json, questions-*.json and cards-*.json. Not validated here. */
export function readBank(slug = DEFAULT_ARTICLE): Bank {
  const dir = join(QUESTIONS_DIR, slug);
  const files = readdirSync(dir).sort();
  const many = (prefix: string) =>
    files
      .filter((f) => f.startsWith(prefix) && f.endsWith(".json"))
      .flatMap((f) => readJson(join(dir, f)) as unknown[]);
  return assembleBank({
    article: readJson(join(dir, "article.json")),
    topics: readJson(join(dir, "topics.json")),
    questions: many("questions-"),
    flashcards: many("cards-"),
  } as Parameters<typeof assembleBank>[0]);
}

/** The article's record of published option lists (see core/bank/published.ts); empty before the first build. */
export function publishedOptionsPath(slug = DEFAULT_ARTICLE): string {
  return join(QUESTIONS_DIR, slug, "published-options.json");
}

/**
 * Checks the bank against its record of published option lists and returns the problems. With `append`, and no
 * problem, records new questions and lists that grew at the end (the record is only ever appended to).
 */
export function checkPublished(bank: Bank, slug = DEFAULT_ARTICLE, append = false) {
  const path = publishedOptionsPath(slug);
  const record = existsSync(path) ? (readJson(path) as PublishedOptions) : {};
  const problems = publishedProblems(record, bank.questions);
  if (append && problems.length === 0) {
    const next = appendPublished(record, bank.questions);
    if (JSON.stringify(next) !== JSON.stringify(record)) writeFileSync(path, `${JSON.stringify(next, null, 2)}\n`);
  }
  return problems;
}
