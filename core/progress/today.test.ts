import { describe, expect, it } from "vitest";
import { today, type TodayInput } from "./today";

const DAY = 86_400_000;
const now = Date.UTC(2026, 11, 7, 12);
const base: TodayInput = { quizInProgress: false, cardsDue: 0, history: {}, activeQuestions: [], activity: [], now };

describe("today", () => {
  it("lists the active questions last answered wrong, most recent first, and counts the streak", () => {
    const t = today({
      ...base,
      activeQuestions: ["q1", "q2", "q3"],
      history: {
        q1: { seen: 1, right: 0, lastAnsweredAt: now - 2 * DAY, lastCorrect: false },
        q2: { seen: 2, right: 1, lastAnsweredAt: now - DAY, lastCorrect: false },
        q3: { seen: 1, right: 1, lastAnsweredAt: now - DAY, lastCorrect: true },
        retired: { seen: 1, right: 0, lastAnsweredAt: now, lastCorrect: false },
      },
      activity: [now - 2 * DAY, now - DAY, now - 60_000],
    });
    expect(t.retry).toEqual(["q2", "q1"]);
    expect(t.streak).toBe(3);
    expect(t.studiedToday).toBe(true);
    expect(t.next).toBe("retry");
  });

  it("leads on with the quiz in progress, then due cards, then a quick quiz", () => {
    const missed = { q1: { seen: 1, right: 0, lastAnsweredAt: now, lastCorrect: false } };
    const withMiss = { ...base, activeQuestions: ["q1"], history: missed };
    expect(today({ ...withMiss, quizInProgress: true, cardsDue: 3 }).next).toBe("resume");
    expect(today({ ...withMiss, cardsDue: 3 }).next).toBe("cards");
    expect(today(base).next).toBe("quiz");
  });
});
