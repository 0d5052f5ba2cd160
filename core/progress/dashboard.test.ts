import { describe, expect, it } from "vitest";
import { dashboard, progressFigures } from "./dashboard";

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

describe("progressFigures", () => {
  const bank = {
    topics: [{ id: "a", label: "A" }],
    questions: [
      { id: "q-001", topic: "a" },
      { id: "q-002", topic: "a", retired: true },
    ],
    flashcards: [{ id: "c-001" }, { id: "c-002" }, { id: "c-003", retired: true }],
  };
  const nothing = { history: {}, attempts: [], cards: {}, logs: [] };

  it("is the same for every new visitor, whatever the time: nothing mastered, every active card new", () => {
    const built = progressFigures({ bank, ...nothing, now: 0 });
    expect(built).toMatchObject({ fresh: true, due: 0, newCards: 2, overall: { mastered: 0, total: 1, seen: 0 } });
    expect(built.streak).toMatchObject({ current: 0, longest: 0, studiedToday: false });
    expect(progressFigures({ bank, ...nothing, now: NOW })).toEqual(built);
  });

  it("is not fresh once a card has been reviewed, even if the review was undone", () => {
    const logs = [{ review: NOW - 1000, undoneAt: NOW }];
    const figures = progressFigures({ bank, ...nothing, logs, now: NOW });
    expect(figures.fresh).toBe(false);
    expect(figures.streak.current).toBe(0); // an undone review does not count as study
  });
});
