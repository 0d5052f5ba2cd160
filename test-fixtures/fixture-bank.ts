// A small synthetic bank for unit tests and the bench: every question type, three topics, one retired question.
import type { Bank, Question } from "@/core/bank/schema";

const source = { paragraph: "p1", quote: "Recent terror attacks in Paris and Brussels" };
const base = (n: number, topic: string, difficulty: 1 | 2 | 3) => ({
  id: `q-${String(n).padStart(3, "0")}`,
  prompt: `Question number ${n}?`,
  source,
  explanation: `Because of reason ${n}.`,
  topic,
  difficulty,
});
const opt = (text: string) => ({ text, feedback: `About ${text}.` });

/** Builds `perTopic` questions of rotating types in each of three topics. */
export function fixtureBank(perTopic = 12): Bank {
  const topics = ["alpha", "beta", "gamma"];
  const questions: Question[] = [];
  let n = 1;
  for (const [ti, topic] of topics.entries())
    for (let i = 0; i < perTopic; i++, n++) {
      const b = base(n, topic, ((i % 3) + 1) as 1 | 2 | 3);
      switch ((i + ti) % 6) {
        case 0:
          questions.push({ ...b, type: "single", options: ["A", "B", "C", "D"].map(opt), answer: "B" });
          break;
        case 1:
          questions.push({ ...b, type: "multiple", options: ["A", "B", "C", "D", "E"].map(opt), answer: ["A", "C"] });
          break;
        case 2:
          questions.push({ ...b, type: "true-false", answer: i % 2 === 0 });
          break;
        case 3:
          questions.push({ ...b, type: "typed", answer: "Belkaid", accept: ["Mohamed Belkaid"] });
          break;
        case 4:
          questions.push({
            ...b,
            type: "match",
            answer: [
              { left: "France", right: "Paris" },
              { left: "Belgium", right: "Brussels" },
              { left: "Morocco", right: "Rabat" },
            ],
          });
          break;
        default:
          questions.push({ ...b, type: "order", answer: ["First", "Second", "Third", "Fourth"] });
      }
    }
  const first = questions[0];
  if (first) questions[0] = { ...first, retired: true };
  return {
    version: "test",
    article: {
      slug: "test",
      title: "Test",
      author: "Tester",
      headings: [],
      paragraphs: [{ id: "p1", text: "Recent terror attacks in Paris and Brussels have shown things." }],
    },
    topics: topics.map((id) => ({ id, label: id.toUpperCase(), description: `About ${id}` })),
    questions,
    flashcards: [],
  };
}
