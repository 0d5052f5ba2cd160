import { describe, expect, it } from "vitest";
import { encodeAssignment } from "./assignment-code";
import { rawFromResponse, type RawAnswer } from "./answers";
import { decodeResult, encodeResult, type DecodedResult } from "./result-code";
import { gradeResult, isOverTime } from "./grade";
import { buildGradebook, itemAnalysis } from "./gradebook";
import { csvCell, gradebookCsv } from "./csv";
import { testBank, testQuestions } from "@/test-fixtures/test-bank";
import type { Response } from "@/core/quiz/types";
import type { Question } from "@/core/bank/schema";

const NOW = Date.UTC(2025, 2, 10, 9, 0, 0);
const q = (id: string) => testQuestions.find((x) => x.id === id) as Question;

const assignment = encodeAssignment({
  title: "Test",
  instructions: "",
  questionIds: ["q-001", "q-003", "q-006"],
  mode: "exam",
  timeLimitMinutes: 10,
  showScore: true,
  showKey: false,
  requireName: true,
  teacherEmail: "",
  seed: 7,
  bankVersion: testBank.version,
});

/** A result handed in for `assignment`, from responses by question id. */
function handIn(name: string, responses: Record<string, Response>, minutes = 5, startOffset = 0): DecodedResult {
  const answers: (RawAnswer | null)[] = assignment.questionIds.map((id) => rawFromResponse(q(id), responses[id]));
  const code = encodeResult({
    assignmentId: assignment.id,
    name,
    questionIds: assignment.questionIds,
    answers,
    startedAt: NOW + startOffset,
    submittedAt: NOW + startOffset + minutes * 60_000,
    bankVersion: testBank.version,
  });
  const d = decodeResult(code);
  if (!d.ok) throw new Error(d.reason);
  return d.value;
}

const right1: Response = { type: "single", choice: "Paris" };
const wrong1 = (choice: string): Response => ({ type: "single", choice });
const tf = (value: boolean): Response => ({ type: "true-false", value });
const ordered: Response = { type: "order", items: ["first", "second", "third"] };

describe("regrading", () => {
  it("recomputes the score from the answers against the bank", () => {
    const r = handIn("Ana", {
      "q-001": right1,
      "q-003": tf(false),
      "q-006": { type: "order", items: ["second", "third", "first"] },
    });
    const g = gradeResult(testBank, r);
    expect(g.items.map((i) => i.result.correct)).toEqual([true, false, false]);
    expect(g.max).toBe(3);
    expect(g.score).toBeGreaterThan(1);
    expect(g.score).toBeLessThan(2);
    expect(g.bankChanged).toBe(false);
  });

  it("leaves unknown questions out of the total, grades retired ones, and notices a changed bank", () => {
    const g = gradeResult(testBank, {
      questionIds: ["q-001", "q-007", "q-999"],
      answers: [
        { kind: "index", value: 0 },
        { kind: "index", value: 1 },
        { kind: "index", value: 0 },
      ],
      bankVersion: "older",
    });
    expect(g.max).toBe(2);
    expect(g.score).toBe(2);
    expect(g.percent).toBe(100);
    expect(g.unknownIds).toEqual(["q-999"]);
    expect(g.bankChanged).toBe(true);
  });

  it("flags results handed in after the time limit and its grace period", () => {
    expect(isOverTime({ startedAt: 0, submittedAt: 10 * 60_000 }, 10)).toBe(false);
    expect(isOverTime({ startedAt: 0, submittedAt: 10 * 60_000 + 29_000 }, 10)).toBe(false);
    expect(isOverTime({ startedAt: 0, submittedAt: 11 * 60_000 }, 10)).toBe(true);
    expect(isOverTime({ startedAt: 0, submittedAt: 99 * 60_000 }, null)).toBe(false);
  });
});

describe("the gradebook", () => {
  it("shows a student who handed in twice once, with the later attempt", () => {
    const first = handIn("Ana Lima", { "q-001": wrong1("Rabat") }, 5, 0);
    const second = handIn(" ana  lima ", { "q-001": right1 }, 5, 60_000);
    const other = handIn("Ben", {}, 12);
    const [group] = buildGradebook(testBank, [assignment], [second, first, other, first]);
    expect(group?.rows).toHaveLength(2);
    const ana = group?.rows.find((r) => r.key === "name:ana lima");
    expect(ana?.handIns).toBe(2);
    expect(ana?.result.code).toBe(second.code);
    expect(ana?.graded.score).toBe(1);
    expect(group?.rows.find((r) => r.name === "Ben")?.overTime).toBe(true);
  });

  it("groups a result for an unknown assignment under its id, graded against the bank", () => {
    const r = handIn("Cy", { "q-001": right1 });
    const [group] = buildGradebook(testBank, [], [r]);
    expect(group?.assignment).toBeUndefined();
    expect(group?.assignmentId).toBe(assignment.id);
    expect(group?.questionIds).toEqual(assignment.questionIds);
    expect(group?.rows[0]?.graded.score).toBe(1);
  });
});

describe("item analysis on a known set", () => {
  // Ten students. q-001: the top 3 right, a lure ("Rabat") picked by 5. q-003: everyone right. q-006: only weak students right.
  const students: { name: string; r: Record<string, Response> }[] = [
    { name: "S1", r: { "q-001": right1, "q-003": tf(true) } },
    { name: "S2", r: { "q-001": right1, "q-003": tf(true) } },
    { name: "S3", r: { "q-001": right1, "q-003": tf(true) } },
    { name: "S4", r: { "q-001": wrong1("Brussels"), "q-003": tf(true) } },
    { name: "S5", r: { "q-001": wrong1("Brussels"), "q-003": tf(true) } },
    { name: "S6", r: { "q-001": wrong1("Rabat"), "q-003": tf(true) } },
    { name: "S7", r: { "q-001": wrong1("Rabat"), "q-003": tf(true) } },
    { name: "S8", r: { "q-001": wrong1("Rabat"), "q-003": tf(true) } },
    { name: "S9", r: { "q-001": wrong1("Rabat"), "q-003": tf(true) } },
    { name: "S10", r: { "q-001": wrong1("Rabat"), "q-003": tf(true), "q-006": ordered } },
  ];
  const results = students.map((s) => handIn(s.name, s.r));
  const [group] = buildGradebook(testBank, [assignment], results);
  const stats = itemAnalysis(testBank, assignment.questionIds, group?.rows ?? []);
  const [s1, s3, s6] = stats;

  it("counts percent correct and each option's choices", () => {
    expect(s1?.pCorrect).toBeCloseTo(0.3);
    expect(s1?.options).toEqual([
      { label: "Paris", count: 3, isKey: true },
      { label: "Rabat", count: 5, isKey: false },
      { label: "Brussels", count: 2, isKey: false },
    ]);
    expect(s3?.pCorrect).toBe(1);
    expect(s3?.options).toEqual([
      { label: "True", count: 10, isKey: true },
      { label: "False", count: 0, isKey: false },
    ]);
    expect(s6?.blank).toBe(9);
  });

  it("computes the upper-lower 27 % discrimination index", () => {
    // k = round(10 * 0.27) = 3. S1, S2, S3 and S10 score 2 of 3; ties go by name, so the upper group is S1, S10, S2
    // and the lower group S7, S8, S9 (1 of 3 each).
    expect(s1?.discrimination).toBeCloseTo(2 / 3);
    expect(s3?.discrimination).toBeCloseTo(0);
    expect(s6?.discrimination).toBeCloseTo(1 / 3);
  });

  it("gives plain-language hints for misleading, too easy and too hard questions", () => {
    expect(s1?.hint?.kind).toBe("misleading");
    expect(s1?.hint?.text).toContain("Rabat");
    expect(s3?.hint?.kind).toBe("too-easy");
    expect(s6?.hint?.kind).toBe("too-hard");
  });

  it("holds back the index and hints below 5 results", () => {
    const few = itemAnalysis(testBank, assignment.questionIds, (group?.rows ?? []).slice(0, 4));
    expect(few.every((s) => s.discrimination === null && s.hint === null)).toBe(true);
  });

  it("flags a question the strong students miss as misleading (negative index)", () => {
    // The strong students (S1-S3) miss q-006; three weak ones (S8-S10, who also miss the true/false) get it right.
    const reversed: Response = { type: "order", items: ["third", "second", "first"] };
    const flipped = students.map((s, i) =>
      i >= 7
        ? handIn(s.name, { "q-001": wrong1("Rabat"), "q-003": tf(false), "q-006": ordered })
        : handIn(s.name, { ...s.r, "q-006": reversed }),
    );
    const [g] = buildGradebook(testBank, [assignment], flipped);
    const stats6 = itemAnalysis(testBank, assignment.questionIds, g?.rows ?? [])[2];
    expect(stats6?.discrimination).toBeLessThan(0);
    expect(stats6?.hint?.kind).toBe("misleading");
  });
});

describe("CSV export", () => {
  it("escapes cells a spreadsheet would run as formulas, and quotes commas, quotes and line breaks", () => {
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-2")).toBe("'-2");
    expect(csvCell("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(csvCell("Smith, Ann")).toBe('"Smith, Ann"');
    expect(csvCell("two\nlines")).toBe('"two\nlines"');
    expect(csvCell("Zoé")).toBe("Zoé");
    expect(csvCell(0.5)).toBe("0.5");
  });

  it("writes one row per student, one column per question, and totals", () => {
    const r1 = handIn("=cmd|' /C calc'!A0", { "q-001": right1, "q-003": tf(true), "q-006": ordered }, 4.5);
    const r2 = handIn("Ben, Jr.", { "q-001": wrong1("Rabat") }, 12);
    const [group] = buildGradebook(testBank, [assignment], [r1, r2]);
    const csv = gradebookCsv(group!);
    expect(csv.split("\r\n")).toEqual([
      "Name,Submitted at (UTC),Time taken (minutes),Over time,Q1 q-001,Q2 q-003,Q3 q-006,Score,Out of,Percent",
      `'=cmd|' /C calc'!A0,2025-03-10T09:04:30Z,4.5,no,1,1,1,3,3,100`,
      `"Ben, Jr.",2025-03-10T09:12:00Z,12,yes,0,0,0,0,3,0`,
      "",
    ]);
  });
});
