// A small bank with one question of each type, for the assignment tests (the real bank is still being written).
import type { Bank, Question } from "@/core/bank/schema";

const base = (id: string, topic = "bilateral") => ({
  id,
  prompt: `Question ${id} about the article?`,
  source: { paragraph: "p1", quote: "A quote from the article." },
  explanation: "Because the article says so.",
  topic,
  difficulty: 2 as const,
});

const opt = (text: string) => ({ text, feedback: `About ${text}.` });

export const testQuestions: Question[] = [
  { ...base("q-001"), type: "single", options: [opt("Paris"), opt("Rabat"), opt("Brussels")], answer: "Paris" },
  {
    ...base("q-002"),
    type: "multiple",
    options: [opt("France"), opt("Morocco"), opt("Spain"), opt("Iceland")],
    answer: ["France", "Morocco"],
  },
  { ...base("q-003"), type: "true-false", answer: true },
  { ...base("q-004"), type: "typed", answer: "Alliance Base", accept: ["Alliance"] },
  {
    ...base("q-005"),
    type: "match",
    answer: [
      { left: "A", right: "1" },
      { left: "B", right: "2" },
      { left: "C", right: "3" },
    ],
  },
  { ...base("q-006"), type: "order", answer: ["first", "second", "third"] },
  { ...base("q-007"), type: "single", options: [opt("Yes"), opt("No"), opt("Maybe")], answer: "No", retired: true },
];

export const testBank: Bank = {
  version: "testbank01",
  article: {
    slug: "test",
    title: "Test",
    author: "Tester",
    headings: [],
    paragraphs: [{ id: "p1", text: "A quote from the article." }],
  },
  topics: [{ id: "bilateral", label: "Bilateral", description: "Two countries." }],
  questions: testQuestions,
  flashcards: [],
};
