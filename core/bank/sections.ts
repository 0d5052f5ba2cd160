import type { Article, Question } from "./schema";

// The article's sections (each heading to the next) and the quiz topics that stay inside one, so the article can
// offer "Quiz me on this section". Quizzes filter by topic, not by paragraph: a section gets the topics whose every
// active question cites a paragraph of that section, and so a quiz on them never strays outside it.

export type ArticleSection = {
  /** The heading's anchor: "section-1", "section-2"... */
  id: string;
  heading: string;
  /** Paragraph ids in reading order, from the one after the heading to the one before the next heading. */
  paragraphs: string[];
  /** Topic ids whose active questions all cite this section's paragraphs; empty when none does. */
  topics: string[];
};

export function articleSections(article: Article, questions: readonly Question[]): ArticleSection[] {
  const ids = article.paragraphs.map((p) => p.id);
  const starts = article.headings.map((h) => ids.indexOf(h.before));
  const sections = article.headings.map((h, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! : ids.length;
    return { id: `section-${i + 1}`, heading: h.text, paragraphs: ids.slice(starts[i]!, end) };
  });
  const byTopic = new Map<string, string[]>();
  for (const q of questions) {
    if (q.retired) continue;
    byTopic.set(q.topic, [...(byTopic.get(q.topic) ?? []), q.source.paragraph]);
  }
  return sections.map((s) => {
    const inside = new Set(s.paragraphs);
    const topics = [...byTopic].filter(([, cited]) => cited.every((p) => inside.has(p))).map(([topic]) => topic);
    return { ...s, topics: topics.sort() };
  });
}
