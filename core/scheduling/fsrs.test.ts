import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { clampRetention } from "./settings";
import { fromFsrsCard, gradeCard, newSchedule, previewDue, replaySchedule, toFsrsCard } from "./fsrs";
import { DEFAULT_SCHEDULER_SETTINGS, type CardSchedule, type Grade, type ReviewLogEntry } from "./types";

const NOW = Date.UTC(2026, 0, 15, 9, 0, 0);
const DAY = 86_400_000;
const S = DEFAULT_SCHEDULER_SETTINGS;

function grade(card: CardSchedule | undefined, g: Grade, now: number, n = 0) {
  return gradeCard(card, g, now, S, { logId: `l${n}`, cardId: "c-001" });
}

/** Grades Good until the card leaves the learning steps; returns the card and the time of the last review. */
function graduate(now = NOW) {
  let t = now;
  let card = grade(undefined, 3, t).schedule;
  let n = 1;
  while (card.state !== "review") {
    t = card.due;
    card = grade(card, 3, t, n++).schedule;
  }
  return { card, t };
}

describe("the FSRS adapter", () => {
  it("makes a new card graded Good due later than one graded Again", () => {
    const again = grade(undefined, 1, NOW).schedule;
    const good = grade(undefined, 3, NOW).schedule;
    expect(good.due).toBeGreaterThan(again.due);
    expect(again.due).toBeGreaterThan(NOW);
    expect(again.state).toBe("learning");
  });

  it("orders the four grades' intervals Again < Hard < Good < Easy", () => {
    const p = previewDue(undefined, NOW, S);
    expect(p[1]).toBeLessThan(p[2]);
    expect(p[2]).toBeLessThan(p[3]);
    expect(p[3]).toBeLessThan(p[4]);
    // The preview is what grading gives.
    expect(grade(undefined, 4, NOW).schedule.due).toBe(p[4]);
  });

  it("grows the interval with each Good answered on time", () => {
    let { card } = graduate();
    const intervals: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = card.due;
      card = grade(card, 3, t, 100 + i).schedule;
      intervals.push(card.due - t);
    }
    for (let i = 1; i < intervals.length; i++) expect(intervals[i]).toBeGreaterThan(intervals[i - 1]!);
    expect(intervals[0]).toBeGreaterThanOrEqual(DAY);
  });

  it("sends a review card graded Again to relearning, counts a lapse and brings it back within the day", () => {
    const { card } = graduate();
    expect(card.state).toBe("review");
    const lapsed = grade(card, 1, card.due, 50).schedule;
    expect(lapsed.state).toBe("relearning");
    expect(lapsed.lapses).toBe(card.lapses + 1);
    expect(lapsed.due - card.due).toBeLessThan(DAY);
  });

  it("logs the state before the grade with times in epoch ms and the given ids", () => {
    const { log, schedule } = gradeCard(undefined, 3, NOW, S, { logId: "x1", cardId: "c-007", durationMs: 1234 });
    expect(log).toMatchObject({ id: "x1", cardId: "c-007", rating: 3, state: "new", review: NOW, durationMs: 1234 });
    expect(schedule.lastLogId).toBe("x1");
    expect(schedule.lastReview).toBe(NOW);
    expect(JSON.parse(JSON.stringify(log))).toEqual(log);
  });

  it("a higher desired retention gives shorter intervals", () => {
    const { card, t } = graduate();
    const low = gradeCard(card, 3, card.due, { ...S, retention: 0.8 }, { logId: "a", cardId: "c" }).schedule;
    const high = gradeCard(card, 3, card.due, { ...S, retention: 0.97 }, { logId: "a", cardId: "c" }).schedule;
    expect(high.due).toBeLessThan(low.due);
    expect(t).toBeLessThan(card.due);
  });

  it("clamps retention into 0.80-0.97", () => {
    expect(clampRetention(0.5)).toBe(0.8);
    expect(clampRetention(0.99)).toBe(0.97);
    expect(clampRetention(0.856)).toBe(0.86);
    expect(clampRetention(Number.NaN)).toBe(0.9);
  });

  it("round-trips a schedule through JSON and ts-fsrs without loss", () => {
    const schedule = fc.record({
      due: fc.integer({ min: 0, max: 4_000_000_000_000 }),
      stability: fc.double({ min: 0, max: 36500, noNaN: true }),
      difficulty: fc.double({ min: 1, max: 10, noNaN: true }),
      elapsedDays: fc.nat(10_000),
      scheduledDays: fc.nat(36_500),
      learningSteps: fc.nat(5),
      reps: fc.nat(1000),
      lapses: fc.nat(1000),
      state: fc.constantFrom("new", "learning", "review", "relearning" as const),
      lastReview: fc.option(fc.integer({ min: 0, max: 4_000_000_000_000 }), { nil: null }),
      lastLogId: fc.option(fc.string({ minLength: 1 }), { nil: null }),
    });
    fc.assert(
      fc.property(schedule, (s) => {
        const back = fromFsrsCard(toFsrsCard(s), s.lastLogId);
        expect(back).toEqual(s);
        expect(JSON.parse(JSON.stringify(back))).toEqual(s);
      }),
    );
  });

  it("a new schedule is due at once and in state new", () => {
    expect(newSchedule(NOW)).toMatchObject({ due: NOW, state: "new", reps: 0, lastReview: null, lastLogId: null });
  });

  it("replaying the kept logs rebuilds the same schedule, skipping undone grades", () => {
    const logs: ReviewLogEntry[] = [];
    let card: CardSchedule | undefined;
    let t = NOW;
    const grades: Grade[] = [3, 3, 1, 3, 4];
    grades.forEach((g, i) => {
      const r = grade(card, g, t, i);
      logs.push(r.log);
      card = r.schedule;
      t = card.due + 3_600_000;
    });
    expect(replaySchedule("c-001", logs, S)).toEqual(card);
    const undone = grade(card, 1, t, 99);
    logs.push({ ...undone.log, undoneAt: t + 1 });
    expect(replaySchedule("c-001", logs, S)).toEqual(card);
    expect(replaySchedule("c-404", logs, S)).toBeUndefined();
  });
});
