import { describe, expect, it } from "vitest";
import { fixtureBank } from "@/test-fixtures/fixture-bank";
import { describeKey, describeResponse, missedQuestionIds, recordAnswer, summarizeAttempt, verdict } from "./summary";

const bank = fixtureBank(2);
const NOW = Date.UTC(2026, 0, 15, 12);

describe("summarizeAttempt", () => {
  it("averages scores and breaks them down by topic", () => {
    const qs = bank.questions.slice(0, 4); // alpha, alpha, beta, beta
    const s = summarizeAttempt(qs, bank.topics, { [qs[0]!.id]: 1, [qs[1]!.id]: 0.5, [qs[2]!.id]: 0 });
    expect(s.score).toBeCloseTo(1.5 / 4);
    expect(s.correct).toBe(1);
    expect(s.byTopic).toEqual([
      { topic: "alpha", label: "ALPHA", count: 2, correct: 1, score: 0.75 },
      { topic: "beta", label: "BETA", count: 2, correct: 0, score: 0 },
    ]);
  });
});

describe("history and mistakes", () => {
  it("records answers without mutating the old history", () => {
    const h0 = {};
    const h1 = recordAnswer(h0, "q-002", false, NOW);
    const h2 = recordAnswer(h1, "q-002", true, NOW + 1000);
    expect(h0).toEqual({});
    expect(h2["q-002"]).toEqual({ seen: 2, right: 1, lastAnsweredAt: NOW + 1000, lastCorrect: true });
  });

  it("lists the questions not fully right, in quiz order", () => {
    expect(missedQuestionIds(["a", "b", "c", "d"], { a: 1, b: 0.5, d: 0 })).toEqual(["b", "c", "d"]);
  });
});

describe("describe", () => {
  it("puts answers and keys into words", () => {
    const match = fixtureBank().questions.find((q) => q.type === "match")!;
    expect(describeKey(match)).toBe("France → Paris; Belgium → Brussels; Morocco → Rabat");
    expect(describeResponse(match, { type: "match", pairs: { France: "Rabat" } })).toBe(
      "France → Rabat; Belgium → (none); Morocco → (none)",
    );
    expect(describeResponse(match, undefined)).toBe("No answer");
  });
});

describe("verdict", () => {
  it("says right, partly right with the share, or not quite", () => {
    expect(verdict({ score: 1, correct: true })).toBe("Right");
    expect(verdict({ score: 0.5, correct: false })).toBe("Partly right (50%)");
    expect(verdict({ score: 0, correct: false })).toBe("Not quite");
  });
});
