import { describe, expect, it } from "vitest";
import { dashboard } from "./dashboard";

const NOW = Date.UTC(2025, 4, 10, 12);
describe("dashboard", () => {
  it("combines quiz and card activity into one streak and lists the figures", () => {
    const d = dashboard({
      topics: [{ id: "a", label: "A" }],
      questions: [
        { id: "q-001", topic: "a" },
        { id: "q-002", topic: "a" },
      ],
      history: {
        "q-001": { seen: 2, right: 2, lastCorrect: true, lastAnsweredAt: NOW - 1000 },
        "q-002": { seen: 2, right: 0, lastCorrect: false, lastAnsweredAt: NOW - 1000 },
      },
      attempts: [{ id: "x", endedAt: NOW - 86_400_000, score: 0.5 }],
      reviewTimes: [NOW - 3600_000],
      now: NOW,
    });
    expect(d.overall).toMatchObject({ mastered: 1, total: 2 });
    expect(d.byTopic[0]).toMatchObject({ label: "A", ratio: 0.5 });
    expect(d.weakest.map((w) => w.id)).toEqual(["q-002"]);
    expect(d.streak).toMatchObject({ current: 2, studiedToday: true });
    expect(d.recent).toHaveLength(1);
  });
});
