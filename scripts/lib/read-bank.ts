import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { assembleBank } from "../../core/bank/assemble";
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
