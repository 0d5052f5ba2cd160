import { describe, expect, it } from "vitest";
import { isMastered, masteryByTopic, overallMastery, recentAccuracy, weakestQuestions } from "./mastery";

const questions = [
  { id: "q-001", topic: "a" },
  { id: "q-002", topic: "a" },
  { id: "q-003", topic: "b" },
  { id: "q-004", topic: "b" },
  { id: "q-005", topic: "b", retired: true },
];
const history = {
  "q-001": { seen: 3, right: 2, lastCorrect: true, lastAnsweredAt: 10 },
  "q-002": { seen: 2, right: 1, lastCorrect: false, lastAnsweredAt: 11 },
  "q-003": { seen: 4, right: 3, lastCorrect: false, lastAnsweredAt: 12 },
  "q-005": { seen: 1, right: 0, lastCorrect: false, lastAnsweredAt: 13 },
  "q-999": { seen: 1, right: 0, lastCorrect: false, lastAnsweredAt: 14 },
};

describe("mastery", () => {
  it("needs two right answers and a right latest answer", () => {
    expect(isMastered({ seen: 2, right: 2, lastCorrect: true })).toBe(true);
    expect(isMastered({ seen: 1, right: 1, lastCorrect: true })).toBe(false);
    expect(isMastered({ seen: 5, right: 4, lastCorrect: false })).toBe(false);
    expect(isMastered(undefined)).toBe(false);
  });
  it("counts active questions only, overall and per topic", () => {
    expect(overallMastery(questions, history)).toEqual({ mastered: 1, total: 4, seen: 3, ratio: 0.25 });
    expect(
      masteryByTopic(
        [
          { id: "a", label: "A" },
          { id: "b", label: "B" },
          { id: "c", label: "C" },
        ],
        questions,
        history,
      ),
    ).toEqual([
      { id: "a", label: "A", mastered: 1, total: 2, seen: 2, ratio: 0.5 },
      { id: "b", label: "B", mastered: 0, total: 2, seen: 1, ratio: 0 },
      { id: "c", label: "C", mastered: 0, total: 0, seen: 0, ratio: 0 },
    ]);
  });
});

describe("weakestQuestions", () => {
  it("lists unmastered, active, answered questions, weakest first", () => {
    expect(weakestQuestions(questions, history).map((w) => w.id)).toEqual(["q-002", "q-003"]);
    expect(weakestQuestions(questions, history)[0]!.accuracy).toBe(0.5);
  });
  it("lists only questions actually missed: one answered right every time so far is not weak", () => {
    const qs = ["q-1", "q-2"].map((id) => ({ id, topic: "a" }));
    const h = {
      "q-1": { seen: 1, right: 1, lastCorrect: true, lastAnsweredAt: 1 },
      "q-2": { seen: 1, right: 0, lastCorrect: false, lastAnsweredAt: 2 },
    };
    expect(weakestQuestions(qs, h).map((w) => w.id)).toEqual(["q-2"]);
  });
  it("breaks ties with a wrong latest answer first, then the oldest", () => {
    const qs = ["q-1", "q-2", "q-3"].map((id) => ({ id, topic: "a" }));
    const h = {
      "q-1": { seen: 2, right: 1, lastCorrect: true, lastAnsweredAt: 1 },
      "q-2": { seen: 2, right: 1, lastCorrect: false, lastAnsweredAt: 9 },
      "q-3": { seen: 2, right: 1, lastCorrect: false, lastAnsweredAt: 5 },
    };
    expect(weakestQuestions(qs, h).map((w) => w.id)).toEqual(["q-3", "q-2", "q-1"]);
    expect(weakestQuestions(qs, h, 2)).toHaveLength(2);
  });
});

describe("recentAccuracy", () => {
  it("keeps the last attempts, oldest first", () => {
    const attempts = Array.from({ length: 12 }, (_, i) => ({ id: `a${i}`, endedAt: 100 - i, score: i / 12 }));
    const r = recentAccuracy(attempts, 10);
    expect(r).toHaveLength(10);
    expect(r[0]!.id).toBe("a9");
    expect(r[9]!.id).toBe("a0");
  });
});
