import { hashString } from "./hash";
import type { Article, Bank, Flashcard, Question, Topic } from "./schema";
import { compareIds } from "../compare";

export type BankParts = {
  article: Article;
  topics: Topic[];
  questions: Question[];
  flashcards: Flashcard[];
};

/** Joins an article's data files into one bank whose version is a hash of everything in it. */
export function assembleBank(parts: BankParts): Bank {
  const questions = [...parts.questions].sort((a, b) => compareIds(a.id, b.id));
  const flashcards = [...parts.flashcards].sort((a, b) => compareIds(a.id, b.id));
  const body = { article: parts.article, topics: parts.topics, questions, flashcards };
  return { version: hashString(JSON.stringify(body)), ...body };
}
