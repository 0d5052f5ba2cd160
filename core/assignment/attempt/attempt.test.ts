import { describe, expect, it } from "vitest";
import {
  acceptsAnswers,
  attemptsBy,
  attemptsLeft,
  deadlineFor,
  endOfAttempt,
  handedInRecord,
  lastStudent,
  mayShowKey,
  nextAttemptNumber,
  attemptsUnderWay,
  attemptToContinue,
} from "./attempt";
import { attemptKey } from "./names";
import { stampResult } from "./stamp";
import { encodeAssignment } from "../link/assignment-code";
import { decodeResult } from "../result/result-code";
import { gradeResult } from "../result/grade";
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

describe("attempts counted per student name on one device (issue 24, point 4)", () => {
  const h = (name: string | undefined, attempt: number, at: number, assignmentId = "a1") => ({
    code: `c-${name}-${attempt}-${assignmentId}`,
    assignmentId,
    assignmentCode: "x",
    title: "T",
    submittedAt: at,
    attempt,
    ...(name === undefined ? {} : { name }),
  });
  const list = [h("Ben", 1, 30), h(" ana ", 2, 20), h("Ana", 1, 10), h("Ana", 1, 5, "other")];

  it("counts only the attempts handed in under the same name (trimmed, any case) for this assignment", () => {
    expect(attemptsBy(list, "a1", "ANA").length).toBe(2);
    expect(attemptsBy(list, "a1", "ben").length).toBe(1);
    expect(attemptsBy(list, "a1", "Cleo").length).toBe(0);
    expect(attemptsBy(list, "other", "Ana").length).toBe(1);
  });

  it("numbers the next attempt after that student's own, not the device's", () => {
    expect(nextAttemptNumber(list, "a1", "Ana")).toBe(3);
    expect(nextAttemptNumber(list, "a1", "Ben")).toBe(2);
    expect(nextAttemptNumber(list, "a1", "Cleo")).toBe(1);
    // A record saved before names were kept counts for the nameless student only.
    expect(nextAttemptNumber([h(undefined, 1, 1)], "a1", "")).toBe(2);
    expect(nextAttemptNumber([h(undefined, 1, 1)], "a1", "Dan")).toBe(1);
  });

  it("names the student who handed in last on this device, for the next start", () => {
    expect(lastStudent(list, "a1")).toBe("Ben");
    expect(lastStudent(list, "none")).toBe("");
  });

  it("files the handed-in record from the stamped result", () => {
    const { result, code } = stampResult(
      { assignment, questions, attempt, attemptNumber: 2, bankVersion: testBank.version, device: "abcdefghij" },
      NOW + 5_000,
      "finished",
    );
    expect(handedInRecord(assignment, result, code)).toEqual({
      code,
      assignmentId: assignment.id,
      assignmentCode: assignment.code,
      title: "Week 3",
      submittedAt: NOW + 5_000,
      attempt: 2,
      ending: "finished",
      name: "Ana",
    });
    expect(decodeResult(code)).toMatchObject({ ok: true, value: { device: "abcdefghij", attempt: 2 } });
  });
});

describe("attempts in progress on a shared device", () => {
  it("keeps each student's under their own key, names compared trimmed and in any case", () => {
    expect(attemptKey("a1", " Ana ")).toBe(attemptKey("a1", "ana"));
    expect(attemptKey("a1", "Ana")).not.toBe(attemptKey("a1", "Ben"));
    expect(attemptKey("a1", "Ana")).not.toBe(attemptKey("a2", "Ana"));
  });

  it("continues a waiting attempt by its name, an empty name only in the tab that began it", () => {
    const waiting = [{ name: "Ana" }, { name: "" }];
    expect(attemptToContinue(waiting, " ana ", null)?.name).toBe("Ana");
    expect(attemptToContinue(waiting, "Ben", "Ana")).toBeUndefined();
    expect(attemptToContinue(waiting, "", null)).toBeUndefined();
    expect(attemptToContinue(waiting, "", "Ana")).toBeUndefined();
    expect(attemptToContinue(waiting, "", "")?.name).toBe("");
  });

  it("lists this assignment's, the one answered in last first", () => {
    const a = (assignmentId: string, name: string, updatedAt: number) => ({ assignmentId, name, updatedAt });
    const all = { x: a("a1", "Ana", 5), y: a("a2", "Ana", 9), z: a("a1", "Ben", 7) };
    expect(attemptsUnderWay(all, "a1").map((t) => t.name)).toEqual(["Ben", "Ana"]);
    expect(attemptsUnderWay(all, "a3")).toEqual([]);
  });
});
