import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { appendPublished, publishedProblems, type PublishedOptions } from "@/core/bank/published";
import type { Question } from "@/core/bank/schema";
import { DEFAULT_ARTICLE, QUESTIONS_DIR, readBank } from "./lib/read-bank";

const bank = readBank();
const single = bank.questions.find((q) => q.type === "single" && !q.retired) as Extract<Question, { type: "single" }>;
const published = appendPublished({}, bank.questions);

describe("published options only grow at the end", () => {
  it("the committed record matches the bank as it is", () => {
    const file = join(QUESTIONS_DIR, DEFAULT_ARTICLE, "published-options.json");
    const committed = JSON.parse(readFileSync(file, "utf8")) as PublishedOptions;
    expect(publishedProblems(committed, bank.questions)).toEqual([]);
    // Every question whose answers travel as positions is recorded.
    expect(Object.keys(appendPublished(committed, bank.questions)).length).toBe(Object.keys(committed).length);
  });

  it("fails a published question whose options were reordered, naming it and the position", () => {
    const [a, b, ...rest] = single.options;
    const reordered = { ...single, options: [b!, a!, ...rest] };
    const problems = publishedProblems(published, [reordered]);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.id).toBe(single.id);
    expect(problems[0]?.problem).toContain(`position 1 (was "${a!.text}", now "${b!.text}")`);
  });

  it("fails an option inserted in the middle or removed, and passes one appended at the end", () => {
    const extra = { text: "Somewhere else", feedback: "No." };
    const inserted = { ...single, options: [single.options[0]!, extra, ...single.options.slice(1)] };
    expect(publishedProblems(published, [inserted])).toHaveLength(1);
    expect(publishedProblems(published, [{ ...single, options: single.options.slice(0, -1) }])).toHaveLength(1);
    const appended = { ...single, options: [...single.options, extra] };
    expect(publishedProblems(published, [appended])).toEqual([]);
    expect(appendPublished(published, [appended])[single.id]).toEqual([
      ...single.options.map((o) => o.text),
      extra.text,
    ]);
  });

  it("passes a reordered question under a new id, and never rewrites a recorded list", () => {
    const [a, b, ...rest] = single.options;
    const renamed = { ...single, id: "q-new-001", options: [b!, a!, ...rest] };
    expect(publishedProblems(published, [renamed])).toEqual([]);
    const reordered = { ...single, options: [b!, a!, ...rest] };
    expect(appendPublished(published, [reordered])[single.id]).toEqual(published[single.id]);
  });

  it("fails a reordered ordering or matching key too", () => {
    const order = bank.questions.find((q) => q.type === "order") as Extract<Question, { type: "order" }>;
    const [x, y, ...more] = order.answer;
    expect(publishedProblems(published, [{ ...order, answer: [y!, x!, ...more] }])).toHaveLength(1);
    const match = bank.questions.find((q) => q.type === "match") as Extract<Question, { type: "match" }>;
    const [p, r, ...others] = match.answer;
    expect(publishedProblems(published, [{ ...match, answer: [r!, p!, ...others] }])).toHaveLength(1);
  });
});
