import type { Bank } from "./schema";

/** The public export shape of a bank: article, questions and flashcards, without internal-only fields. */
export function exportBank(bank: Bank) {
  return {
    version: bank.version,
    article: {
      slug: bank.article.slug,
      title: bank.article.title,
      author: bank.article.author,
      paragraphs: bank.article.paragraphs.map(({ id, text }) => ({ id, text })),
    },
    questions: bank.questions.map((q) => ({
      id: q.id,
      type: q.type,
      prompt: q.prompt,
      ...("options" in q ? { options: q.options.map((o) => o.text) } : {}),
      answer: q.answer,
      ...(q.type === "typed" && q.accept ? { accept: q.accept } : {}),
      ...(q.type === "typed" && q.kind ? { kind: q.kind } : {}),
      source: q.source,
      explanation: q.explanation,
      topic: q.topic,
      difficulty: q.difficulty,
      ...(q.retired ? { retired: true } : {}),
      ...(q.excludes?.length ? { excludes: q.excludes } : {}),
    })),
    flashcards: bank.flashcards.map(({ id, front, back, source, topic }) => ({ id, front, back, source, topic })),
  };
}
