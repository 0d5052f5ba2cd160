import { describe, expect, it } from "vitest";
import { acceptsAnswers, attemptsLeft, deadlineFor, endOfAttempt, mayShowKey } from "./attempt";
import { stampResult } from "./stamp";
import { encodeAssignment } from "./assignment-code";
import { decodeResult } from "./result-code";
import { gradeResult } from "./grade";
import { testBank, testQuestions } from "@/test-fixtures/test-bank";

const NOW = Date.UTC(2026, 10, 30, 9, 0, 0);
const assignment = encodeAssignment({
  title: "Week 3",
  instructions: "",
  questionIds: ["q-001", "q-003"],
  mode: "exam",
  timeLimitMinutes: 10,
  showScore: true,
  showKey: true,
  requireName: true,
  teacherEmail: "",
  seed: 1,
  bankVersion: testBank.version,
});
const questions = testQuestions.filter((q) => assignment.questionIds.includes(q.id));
const attempt = {
  name: "Ana",
  startedAt: NOW,
  deadline: deadlineFor(NOW, 10),
  responses: { "q-001": { type: "single" as const, choice: "Paris" } },
};
const stamp = (now: number, reason: "finished" | "timer" | "reopened", attemptNumber = 1) => {
  const { code } = stampResult(
    { assignment, questions, attempt, attemptNumber, bankVersion: testBank.version },
    now,
    reason,
  );
  const d = decodeResult(code);
  if (!d.ok) throw new Error(d.reason);
  return d.value;
};

describe("ending an attempt", () => {
  it("stamps a finished attempt when the student finishes, with the answers saved", () => {
    const r = stamp(NOW + 2_000, "finished");
    expect(r).toMatchObject({ submittedAt: NOW + 2_000, ending: "finished", title: "Week 3", name: "Ana", attempt: 1 });
    expect(gradeResult(testBank, r).score).toBe(1);
  });

  it("stamps at the deadline, not when the student comes back (issue 13, point 3)", () => {
    // Answered in 2 seconds, closed the tab, reopened the link an hour later.
    const r = stamp(NOW + 60 * 60_000, "reopened");
    expect(r.submittedAt - r.startedAt).toBe(10 * 60_000);
    expect(r.ending).toBe("time-up-away");
    expect(gradeResult(testBank, r).score).toBe(1);
  });

  it("tells the timer reaching zero on an open page from being away", () => {
    expect(stamp(NOW + 10 * 60_000 + 800, "timer")).toMatchObject({
      ending: "time-up",
      submittedAt: NOW + 10 * 60_000,
    });
    expect(endOfAttempt(null, NOW + 99 * 60_000, "reopened")).toEqual({
      submittedAt: NOW + 99 * 60_000,
      ending: "finished",
    });
  });

  it("takes no answers from the deadline on", () => {
    expect(acceptsAnswers(attempt, NOW + 10 * 60_000 - 1)).toBe(true);
    expect(acceptsAnswers(attempt, NOW + 10 * 60_000)).toBe(false);
    expect(acceptsAnswers({ deadline: null }, NOW * 2)).toBe(true);
  });

  it("records which attempt this is", () => {
    expect(stamp(NOW + 1_000, "finished", 2).attempt).toBe(2);
  });
});

describe("attempts and the key (issue 13, point 4)", () => {
  it("allows one attempt by default, and shows the key only after the last", () => {
    expect(attemptsLeft(assignment, 0)).toBe(1);
    expect(attemptsLeft(assignment, 1)).toBe(0);
    expect(mayShowKey(assignment, 1)).toBe(true);
    const three = { ...assignment, attempts: 3 };
    expect(attemptsLeft(three, 1)).toBe(2);
    expect(mayShowKey(three, 1)).toBe(false);
    expect(mayShowKey(three, 3)).toBe(true);
    expect(mayShowKey({ ...three, showKey: false }, 3)).toBe(false);
  });

  it("never shows the key when attempts are unlimited", () => {
    const unlimited = { ...assignment, attempts: null };
    expect(attemptsLeft(unlimited, 40)).toBe(Infinity);
    expect(mayShowKey(unlimited, 40)).toBe(false);
  });
});
