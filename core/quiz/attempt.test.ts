import { describe, expect, it } from "vitest";
import { fixtureBank } from "@/test-fixtures/fixture-bank";
import { closeAttempt, openAttempt } from "./attempt";
import { DEFAULT_QUIZ_SETTINGS } from "./settings";
import type { QuizSettings } from "./types";

const bank = fixtureBank(2);
const NOW = Date.UTC(2026, 0, 15, 12);
const ids = bank.questions.slice(0, 3).map((q) => q.id);
const practice: QuizSettings = { ...DEFAULT_QUIZ_SETTINGS, mode: "practice", count: 3 };
const exam: QuizSettings = { ...DEFAULT_QUIZ_SETTINGS, mode: "exam", count: 3, timeLimitMin: 10 };

describe("openAttempt", () => {
  it("starts at the given time, with the given id, and an exam ends its time limit later", () => {
    const a = openAttempt(bank, ids, exam, 7, "quiz", NOW, "att-1");
    expect(a).toMatchObject({ id: "att-1", startedAt: NOW, updatedAt: NOW, deadline: NOW + 10 * 60_000, index: 0 });
    expect(a.questionIds).toEqual(ids);
    expect(openAttempt(bank, ids, practice, 7, "retry", NOW, "att-2").deadline).toBeNull();
  });
});

describe("closeAttempt", () => {
  it("scores the attempt and stamps its end", () => {
    const open = { ...openAttempt(bank, ids, practice, 1, "quiz", NOW, "a"), scores: { [ids[0]!]: 1, [ids[1]!]: 0 } };
    const { done, history } = closeAttempt(open, bank, {}, NOW + 5000);
    expect(done).toMatchObject({ endedAt: NOW + 5000, updatedAt: NOW + 5000 });
    expect(done.score).toBeCloseTo(1 / 3);
    // Practice answers were counted when given, so finishing adds nothing.
    expect(history).toEqual({});
  });

  it("counts an exam's answered questions in the history only when it ends", () => {
    const open = {
      ...openAttempt(bank, ids, exam, 1, "quiz", NOW, "a"),
      responses: { [ids[0]!]: { type: "single" as const, choice: "B" } },
      scores: { [ids[0]!]: 1 },
    };
    const { history } = closeAttempt(open, bank, {}, NOW + 9000);
    expect(Object.keys(history)).toEqual([ids[0]]);
    expect(history[ids[0]!]).toEqual({ seen: 1, right: 1, lastAnsweredAt: NOW + 9000, lastCorrect: true });
  });

  it("ends an exam whose time ran out while the page was closed at its deadline, not when it was reopened", () => {
    const open = {
      ...openAttempt(bank, ids, exam, 1, "quiz", NOW, "a"),
      responses: { [ids[0]!]: { type: "single" as const, choice: "B" } },
      scores: { [ids[0]!]: 1 },
    };
    const reopened = NOW + 2 * 60 * 60_000;
    const { done, history } = closeAttempt(open, bank, {}, reopened);
    expect(done.endedAt - done.startedAt).toBe(10 * 60_000);
    expect(done.updatedAt).toBe(reopened);
    expect(history[ids[0]!]?.lastAnsweredAt).toBe(NOW + 10 * 60_000);
  });
});
