import { describe, expect, it } from "vitest";
import type { Bank } from "../bank/schema";
import { availableText, checkSetupForm, type SetupForm } from "./setup-form";
import { QUIZ_QUESTION_TYPES } from "./types";

const source = { paragraph: "p1", quote: "Recent terror attacks in Paris" };
const q = (id: string, topic: string, type: "single" | "true-false") =>
  type === "single"
    ? {
        id,
        type,
        topic,
        difficulty: 1,
        prompt: "A question?",
        source,
        explanation: "Because.",
        options: ["a", "b", "c"].map((text) => ({ text, feedback: "Why." })),
        answer: "a",
      }
    : { id, type, topic, difficulty: 2, prompt: "A statement.", source, explanation: "Because.", answer: true };
const bank = {
  topics: [
    { id: "one", label: "One", description: "d" },
    { id: "two", label: "Two", description: "d" },
  ],
  questions: [...Array.from({ length: 6 }, (_, i) => q(`q-00${i}`, "one", "single")), q("q-010", "two", "true-false")],
  flashcards: [],
} as unknown as Bank;

const form = (over: Partial<SetupForm> = {}): SetupForm => ({
  count: "5",
  time: "",
  mode: "practice",
  adaptive: true,
  topics: ["one", "two"],
  difficulties: [1, 2, 3],
  types: [...QUIZ_QUESTION_TYPES],
  levels: ["recall", "understand", "analyse"],
  fromLink: false,
  ...over,
});

describe("checkSetupForm", () => {
  it("counts the matching questions and reads all-ticked as no filter", () => {
    const check = checkSetupForm(form(), bank);
    expect(check.available).toBe(7);
    expect(check.problem).toBeNull();
    expect(check.settings).toMatchObject({
      count: 5,
      topics: [],
      difficulties: [],
      types: [],
      levels: [],
      adaptive: true,
    });
  });

  it("says no question matches when a group has nothing ticked (not the whole bank)", () => {
    const check = checkSetupForm(form({ types: [] }), bank);
    expect(check.available).toBe(0);
    expect(check.problem).toBe("Tick at least one question type.");
    expect(availableText(check)).toBe("Tick at least one question type.");
    expect(checkSetupForm(form({ topics: [], difficulties: [] }), bank).problem).toBe(
      "Tick at least one topic, one difficulty.",
    );
    expect(checkSetupForm(form({ levels: [] }), bank).problem).toBe("Tick at least one level.");
  });

  it("counts only the questions at the ticked levels", () => {
    const levelled = {
      ...bank,
      questions: bank.questions.map((x, i) => ({ ...x, level: i < 2 ? "analyse" : "recall" })),
    } as Bank;
    const check = checkSetupForm(form({ levels: ["understand", "analyse"] }), levelled);
    expect(check.available).toBe(2);
    expect(check.settings.levels).toEqual(["understand", "analyse"]);
    // Too few is the generator's to say, with advice on what to widen (./too-few.ts): the form lets Start ask.
    expect(check.problem).toBeNull();
  });

  it("speaks of one question in the singular", () => {
    const check = checkSetupForm(form({ topics: ["two"] }), bank);
    expect(availableText(check)).toBe("1 question available.");
  });

  it("refuses counts and time limits out of range", () => {
    for (const count of ["0", "999", "4", "51", "-3", "7.5", "abc", ""])
      expect(checkSetupForm(form({ count }), bank).problem, count).toBe("Enter a whole number from 5 to 50.");
    expect(checkSetupForm(form({ mode: "exam", time: "0" }), bank).problem).toMatch(/^The time limit must be 1 to/);
    expect(checkSetupForm(form({ mode: "exam", time: "12" }), bank).settings.timeLimitMin).toBe(12);
  });

  it("counts only the questions citing a section quiz's paragraphs", () => {
    const spread = {
      ...bank,
      questions: bank.questions.map((x, i) => ({ ...x, source: { ...x.source, paragraph: `p${i + 1}` } })),
    } as Bank;
    const check = checkSetupForm(form({ paragraphs: [2, 4] }), spread);
    expect(check.available).toBe(3);
    expect(check.settings.paragraphs).toEqual([2, 4]);
    expect(checkSetupForm(form(), spread).settings).not.toHaveProperty("paragraphs");
  });

  it("a linked quiz ignores the learner's history", () => {
    expect(checkSetupForm(form({ fromLink: true }), bank).settings.adaptive).toBe(false);
  });
});
