import type { Article, Question } from "./schema";

// The article's sections (each heading to the next) and how many questions cite each, so the article can offer
// "Quiz me on this section": a quiz on the section's paragraphs (core/quiz/pool.ts keeps the questions citing them,
// whatever their topic, since topics cross sections).

export type ArticleSection = {
  /** The heading's anchor: "section-1", "section-2"... */
  id: string;
  heading: string;
  /** Paragraph ids in reading order, from the one after the heading to the one before the next heading. */
  paragraphs: string[];
  /** Active questions that cite one of these paragraphs. */
  questions: number;
};

export function articleSections(article: Article, questions: readonly Question[]): ArticleSection[] {
  const ids = article.paragraphs.map((p) => p.id);
  const starts = article.headings.map((h) => ids.indexOf(h.before));
  return article.headings.map((h, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! : ids.length;
    const paragraphs = ids.slice(starts[i]!, end);
    const cited = questions.filter((q) => !q.retired && paragraphs.includes(q.source.paragraph)).length;
    return { id: `section-${i + 1}`, heading: h.text, paragraphs, questions: cited };
  });
}
