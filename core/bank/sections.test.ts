import { describe, expect, it } from "vitest";
import { articleSections } from "./sections";
import type { Article, Question } from "./schema";

const article = {
  slug: "a",
  title: "T",
  author: "A",
  headings: [
    { before: "p3", text: "First" },
    { before: "p5", text: "Second" },
  ],
  paragraphs: ["p1", "p2", "p3", "p4", "p5", "p6"].map((id) => ({ id, text: id })),
} as Article;

const q = (id: string, topic: string, paragraph: string, retired = false) =>
  ({ id, topic, source: { paragraph, quote: "x" }, ...(retired ? { retired } : {}) }) as unknown as Question;

describe("articleSections", () => {
  it("splits the article at its headings and counts the active questions citing each, whatever their topic", () => {
    const sections = articleSections(article, [
      q("q1", "inside-first", "p3"),
      q("q2", "inside-first", "p4"),
      q("q3", "straddles", "p4"),
      q("q4", "straddles", "p5"),
      q("q5", "inside-second", "p6"),
      q("q6", "intro", "p1"),
      // A retired question is not counted.
      q("q7", "inside-second", "p6", true),
    ]);
    expect(sections).toEqual([
      { id: "section-1", heading: "First", paragraphs: ["p3", "p4"], questions: 3 },
      { id: "section-2", heading: "Second", paragraphs: ["p5", "p6"], questions: 2 },
    ]);
  });
});
