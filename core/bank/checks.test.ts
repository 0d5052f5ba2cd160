import { describe, expect, it } from "vitest";
import { bankCounts, checkBank, checkQuestion, excludesProblems } from "./checks";
import { readBank } from "../../scripts/lib/read-bank";
import { exportBank } from "./export";
import { Bank, type Question } from "./schema";
import { assembleBank } from "./assemble";
import { scoreResponse } from "../quiz/score";

const bank = readBank();
const topics = new Set(bank.topics.map((t) => t.id));
const check = (q: Question) => checkQuestion(q, bank.article, topics);

describe("the shipped question bank", () => {
  it("passes every content check (schema, ids, verbatim quotes, keys, counts, coverage)", () => {
    const problems = checkBank(bank).map((p) => `${p.id}: ${p.problem}`);
    expect(problems).toEqual([]);
  });

  it('takes the article\'s own spelling of an answer: "9/11" (paragraph 5) for September 11 (blind audit)', () => {
    const q = bank.questions.find((x) => x.id === "q-019");
    expect(q?.type).toBe("typed");
    expect(scoreResponse(q!, { type: "typed", text: "9/11" }).correct).toBe(true);
    expect(scoreResponse(q!, { type: "typed", text: "9/12" }).correct).toBe(false);
  });

  it("holds the article's 26 paragraphs exactly as the source splits them", () => {
    expect(bank.article.paragraphs.map((p) => p.id)).toEqual(Array.from({ length: 26 }, (_, i) => `p${i + 1}`));
    expect(bank.article.title).toBe("How to cooperate against terrorism?");
    expect(bank.article.author).toBe("Olivier Guitta");
  });

  it("has a level on every active question and at least a third above recall", () => {
    const counts = bankCounts(bank);
    const { recall, understand, analyse } = counts.questionsByLevel;
    expect(recall! + understand! + analyse!).toBe(counts.questions);
    expect(understand! + analyse!).toBeGreaterThanOrEqual(counts.questions / 3);
    expect(counts).toMatchObject({ questions: 181, flashcards: 92 });
  });

  it("exports in the documented shape and validates after a round trip", () => {
    const exported = exportBank(bank);
    expect(exported.version).toBe(bank.version);
    expect(exported.questions).toHaveLength(bank.questions.length);
    expect(Bank.safeParse(bank).success).toBe(true);
  });
});

describe("the checks catch broken items", () => {
  const good: Question = {
    id: "q-900",
    type: "single",
    prompt: "Where was Alliance Base born in 2002?",
    options: [
      { text: "Paris", feedback: "Right." },
      { text: "Brussels", feedback: "No." },
      { text: "Madrid", feedback: "No." },
    ],
    answer: "Paris",
    source: { paragraph: "p6", quote: "And so Alliance Base was born in Paris in 2002" },
    explanation: "The article says so.",
    topic: "alliance-base",
    difficulty: 1,
    level: "recall",
  };

  it("accepts a well-formed item", () => expect(check(good)).toEqual([]));
  it("flags a quote that is not verbatim", () =>
    expect(check({ ...good, source: { paragraph: "p6", quote: "Alliance Base was founded in Paris" } })[0]).toMatch(
      /not verbatim/,
    ));
  it("flags a quote attributed to the wrong paragraph", () =>
    expect(check({ ...good, source: { paragraph: "p7", quote: good.source.quote } })[0]).toMatch(/not verbatim in p7/));
  it("accepts the title, the byline and a heading as sources, quoted whole and placed", () => {
    expect(
      check({ ...good, source: { paragraph: "p1", part: "title", quote: "How to cooperate against terrorism?" } }),
    ).toEqual([]);
    expect(check({ ...good, source: { paragraph: "p1", part: "byline", quote: "Olivier Guitta" } })).toEqual([]);
    expect(check({ ...good, source: { paragraph: "p17", part: "heading", quote: "Positive cases" } })).toEqual([]);
  });
  it("flags a heading placed before the wrong paragraph, a partial title and a wrong byline", () => {
    expect(check({ ...good, source: { paragraph: "p4", part: "heading", quote: "Positive cases" } })[0]).toMatch(
      /no heading "Positive cases" stands before p4/,
    );
    expect(check({ ...good, source: { paragraph: "p1", part: "title", quote: "How to cooperate" } })[0]).toMatch(
      /title/,
    );
    expect(check({ ...good, source: { paragraph: "p1", part: "byline", quote: "Olivier Roy" } })[0]).toMatch(/byline/);
  });
  it("flags a question that excludes itself", () =>
    expect(check({ ...good, excludes: ["q-900"] })).toContain("excludes itself"));
  it("flags an excludes relation that is one-sided or names no real question", () => {
    const other: Question = { ...good, id: "q-901" };
    expect(excludesProblems([{ ...good, excludes: ["q-901"] }, other])).toEqual([
      { id: "q-900", problem: "excludes q-901, but q-901 does not exclude q-900" },
    ]);
    expect(excludesProblems([{ ...good, excludes: ["q-999"] }])).toEqual([
      { id: "q-900", problem: "excludes unknown question q-999" },
    ]);
    expect(
      excludesProblems([
        { ...good, excludes: ["q-901"] },
        { ...other, excludes: ["q-900"] },
      ]),
    ).toEqual([]);
  });
  it("flags a key that is not among the options", () =>
    expect(check({ ...good, answer: "Lyon" })[0]).toMatch(/not among the options/));
  it("flags duplicate options, even differing only in case", () =>
    expect(check({ ...good, options: [...good.options.slice(0, 2), { text: "paris", feedback: "dup" }] })).toContain(
      "has duplicate options",
    ));
  it("flags all of the above", () =>
    expect(
      check({ ...good, options: [...good.options.slice(0, 2), { text: "All of the above", feedback: "x" }] }).join(),
    ).toMatch(/all\/none/));
  it("flags a multiple select without a distractor", () => {
    const q: Question = {
      ...good,
      type: "multiple",
      options: [...good.options, { text: "Rome", feedback: "x" }],
      answer: ["Paris", "Brussels", "Madrid", "Rome"],
    };
    expect(check(q)).toContain("multiple select needs at least one distractor");
  });
  it("flags a typed answer that is only punctuation", () => {
    const q: Question = {
      id: "q-901",
      type: "typed",
      prompt: "Type the city.",
      answer: "?!",
      source: good.source,
      explanation: "x is why",
      topic: "alliance-base",
      difficulty: 1,
      level: "recall",
    };
    expect(check(q).join()).toMatch(/empty after normalisation/);
  });
  it("flags an active question without a level, but not a retired one", () => {
    const { level: _, ...unlevelled } = good;
    expect(check(unlevelled)).toEqual(["has no level (recall, understand or analyse)"]);
    expect(check({ ...unlevelled, retired: true })).toEqual([]);
  });
  it("checks a second source quote verbatim, like the first", () => {
    const also = [{ paragraph: "p7", quote: "it actually planned operations" }];
    expect(check({ ...good, also })).toEqual([]);
    expect(check({ ...good, also: [{ paragraph: "p7", quote: "it actually shared information" }] })).toEqual([
      'quote is not verbatim in p7: "it actually shared information"',
    ]);
  });
  it("fails a bank where fewer than a third of active questions are above recall", () => {
    const allRecall = { ...bank, questions: bank.questions.map((q) => ({ ...q, level: "recall" as const })) };
    expect(checkBank(allRecall)).toContainEqual({
      id: "bank",
      problem: `only 0 of ${bankCounts(bank).questions} active questions are above recall (minimum a third)`,
    });
  });
  it("flags an unknown topic", () => expect(check({ ...good, topic: "sports" })).toContain('unknown topic "sports"'));
  it("reports a schema failure with the item id", () => {
    const broken = { ...bank, questions: [{ ...bank.questions[0], difficulty: 7 }] };
    const problems = checkBank(broken);
    expect(problems[0]?.id).toBe(bank.questions[0]?.id);
    expect(problems[0]?.problem).toMatch(/schema/);
  });
  it("reports duplicate ids", () => {
    const first = bank.questions[0]!;
    const dup = assembleBank({ ...bank, questions: [...bank.questions, first] });
    expect(checkBank(dup)).toContainEqual({ id: first.id, problem: "duplicate id" });
  });
});

describe("the bank version", () => {
  it("changes when any item changes", () => {
    const first = bank.questions[0]!;
    const edited = assembleBank({
      ...bank,
      questions: [{ ...first, explanation: first.explanation + " " }, ...bank.questions.slice(1)],
    });
    expect(edited.version).not.toBe(bank.version);
    expect(assembleBank({ ...bank }).version).toBe(bank.version);
  });
});
