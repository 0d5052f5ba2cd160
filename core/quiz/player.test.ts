import { describe, expect, it } from "vitest";
import type { Question } from "../bank/schema";
import { choiceMarks, matchMarks, notReadyReason, orderMarks, primaryLabel, primaryStep } from "./player";

const source = { paragraph: "p1", quote: "Recent terror attacks in Paris and Brussels" };
const base = { source, explanation: "Because the article says so.", topic: "t", difficulty: 1 as const };
const single = {
  ...base,
  id: "q-001",
  type: "single",
  prompt: "Which cities?",
  options: ["Paris and Brussels", "Ceuta", "Barcelona"].map((text) => ({ text, feedback: "Why it is so." })),
  answer: "Paris and Brussels",
} as Question;
const multiple = {
  ...base,
  id: "q-002",
  type: "multiple",
  prompt: "Which are named?",
  options: ["A", "B", "C", "D"].map((text) => ({ text, feedback: "Why it is so." })),
  answer: ["A", "B"],
} as Question;
const tf = { ...base, id: "q-003", type: "true-false", prompt: "Is it so?", answer: false } as Question;
const match = {
  ...base,
  id: "q-004",
  type: "match",
  prompt: "Match them.",
  answer: [
    { left: "L1", right: "R1" },
    { left: "L2", right: "R2" },
    { left: "L3", right: "R3" },
  ],
} as Question;
const order = { ...base, id: "q-005", type: "order", prompt: "Order them.", answer: ["a", "b", "c"] } as Question;
const typed = { ...base, id: "q-006", type: "typed", prompt: "Who?", answer: "Belkaid" } as Question;

describe("primaryStep", () => {
  const prepared = { id: "x", order: [] };
  it("asks for an answer before checking in practice", () => {
    expect(
      primaryStep({ question: single, prepared, mode: "practice", locked: false, last: false, draft: undefined }),
    ).toEqual({ kind: "not-ready", message: "Choose an answer first." });
    expect(
      primaryStep({
        question: typed,
        prepared,
        mode: "practice",
        locked: false,
        last: false,
        draft: { type: "typed", text: "  " },
      }),
    ).toEqual({ kind: "not-ready", message: "Type an answer first." });
  });

  it("does not check a partly matched answer in practice, and says how far it got", () => {
    const draft = { type: "match" as const, pairs: { L1: "R1", L3: "R2" } };
    expect(primaryStep({ question: match, prepared, mode: "practice", locked: false, last: false, draft })).toEqual({
      kind: "not-ready",
      message: "Match every item first: 2 of 3 are matched.",
    });
    const full = { type: "match" as const, pairs: { L1: "R1", L2: "R3", L3: "R2" } };
    expect(
      primaryStep({ question: match, prepared, mode: "practice", locked: false, last: false, draft: full }),
    ).toEqual({ kind: "check", response: full });
  });

  it("checks an untouched ordering question in its starting order", () => {
    const p = { id: "q-005", order: ["c", "a", "b"] };
    expect(
      primaryStep({ question: order, prepared: p, mode: "practice", locked: false, last: false, draft: undefined }),
    ).toEqual({ kind: "check", response: { type: "order", items: ["c", "a", "b"] } });
  });

  it("saves what is there in an exam, blank included, and moves on or finishes", () => {
    expect(
      primaryStep({ question: single, prepared, mode: "exam", locked: false, last: false, draft: undefined }),
    ).toEqual({ kind: "save", response: undefined, then: "next" });
    const draft = { type: "match" as const, pairs: { L1: "R1" } };
    expect(primaryStep({ question: match, prepared, mode: "exam", locked: false, last: true, draft })).toEqual({
      kind: "save",
      response: draft,
      then: "finish",
    });
  });

  it("goes on once practice feedback is shown", () => {
    expect(
      primaryStep({ question: single, prepared, mode: "practice", locked: true, last: false, draft: undefined }),
    ).toEqual({ kind: "next" });
    expect(
      primaryStep({ question: single, prepared, mode: "practice", locked: true, last: true, draft: undefined }),
    ).toEqual({ kind: "finish" });
  });
});

it("labels the main button for each situation", () => {
  expect(primaryLabel("practice", false, false)).toBe("Check answer");
  expect(primaryLabel("practice", true, false)).toBe("Next question");
  expect(primaryLabel("practice", true, true)).toBe("See results");
  expect(primaryLabel("exam", false, false)).toBe("Save and next");
  expect(primaryLabel("exam", false, true)).toBe("Save and finish");
});

it("a blank multiple answer is not ready", () => {
  expect(notReadyReason(multiple, { type: "multiple", choices: [] })).toBe("Choose an answer first.");
});

describe("marks after checking", () => {
  it("marks a wrong single answer wrong and the key as the right answer", () => {
    expect(choiceMarks(single, { type: "single", choice: "Ceuta" })).toEqual({
      "Paris and Brussels": { kind: "missed", text: "The right answer" },
      Ceuta: { kind: "wrong", text: "Your answer: wrong" },
      Barcelona: null,
    });
  });

  it("marks each tick of a multiple answer, and the right options left unticked", () => {
    expect(choiceMarks(multiple, { type: "multiple", choices: ["A", "C"] })).toEqual({
      A: { kind: "correct", text: "Your answer: right" },
      B: { kind: "missed", text: "Also right: not ticked" },
      C: { kind: "wrong", text: "Your answer: wrong" },
      D: null,
    });
  });

  it("marks true/false by the words True and False", () => {
    expect(choiceMarks(tf, { type: "true-false", value: false })).toEqual({
      True: null,
      False: { kind: "correct", text: "Your answer: right" },
    });
  });

  it("marks each pair of a matching answer and names the right match", () => {
    expect(matchMarks(match, { type: "match", pairs: { L1: "R1", L2: "R3" } })).toEqual({
      L1: { kind: "correct", text: "Right" },
      L2: { kind: "wrong", text: "Wrong: it goes with “R2”" },
      L3: { kind: "missed", text: "Not matched: it goes with “R3”" },
    });
  });

  it("marks each placed item of an ordering answer", () => {
    expect(orderMarks(order, { type: "order", items: ["a", "c", "b"] })).toEqual({
      a: { kind: "correct", text: "In the right place" },
      c: { kind: "wrong", text: "Belongs at position 3" },
      b: { kind: "wrong", text: "Belongs at position 2" },
    });
  });
});
