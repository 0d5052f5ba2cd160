import { describe, expect, it, vi } from "vitest";
import { encodeAssignment } from "../link/assignment-code";
import { rawFromResponse, type RawAnswer } from "../result/answers";
import { decodeResult, encodeResult, type DecodedResult } from "../result/result-code";
import { gradeResult, isOverTime } from "../result/grade";
import { buildGradebook, foldName, itemAnalysis, rowNotes, scoreBand, summarize } from "./gradebook";
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
function handIn(
  name: string,
  responses: Record<string, Response>,
  minutes = 5,
  startOffset = 0,
  extra: { attempt?: number; ending?: "finished" | "time-up" | "time-up-away"; title?: string; device?: string } = {},
): DecodedResult {
  const answers: (RawAnswer | null)[] = assignment.questionIds.map((id) => rawFromResponse(q(id), responses[id]));
  const code = encodeResult({
    assignmentId: assignment.id,
    name,
    questionIds: assignment.questionIds,
    answers,
    startedAt: NOW + startOffset,
    submittedAt: NOW + startOffset + minutes * 60_000,
    bankVersion: testBank.version,
    ...extra,
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
  it("flags a name another device already used, and never lets it replace or outrank the other (issue 24, point 4)", () => {
    const spec = encodeAssignment({ ...assignment, attempts: 2, keep: "best" });
    const d1 = "aaaaaaaaa1";
    const d2 = "bbbbbbbbb2";
    const at = (name: string, r: Record<string, Response>, offset: number, attempt: number, device: string) => ({
      ...handIn(name, r, 1, offset, { attempt, device }),
      assignmentId: spec.id,
    });
    // Ana on device 1 (one right); a second Ana on device 2 whose browser numbers her retake 2 (all right).
    const ana1 = at("Ana", { "q-001": right1 }, 0, 1, d1);
    const anaOther1 = at("ana", { "q-001": right1, "q-003": tf(true), "q-006": ordered }, 60_000, 1, d2);
    const anaOther2 = at("Ana ", {}, 120_000, 2, d2);
    for (const keep of ["best", "latest", "first"] as const) {
      const g = buildGradebook(testBank, [{ ...spec, keep }], [anaOther2, ana1, anaOther1])[0]!;
      const [first, second, third] = g.rows;
      // Device 1's Ana always counts: the other device's results are another student's attempts, not hers.
      expect(first).toMatchObject({ key: ana1.code, counted: true, otherDevice: false });
      expect([second!.otherDevice, third!.otherDevice]).toEqual([true, true]);
      expect(second!.counted !== third!.counted).toBe(true);
      expect(rowNotes(second!, keep)).toContain(
        "Same name, another device: another student, or the same one elsewhere",
      );
      expect(summarize(g.rows).handedIn).toBe(2);
    }
    // The same device's retake stays one student's: the policy picks between them.
    const retake = at("ANA", { "q-001": right1, "q-003": tf(true) }, 180_000, 2, d1);
    const g = buildGradebook(testBank, [{ ...spec, keep: "best" }], [ana1, retake])[0]!;
    expect(g.rows.map((r) => [r.counted, r.otherDevice])).toEqual([
      [false, false],
      [true, false],
    ]);
    // A retake is not "two students": neither attempt says so, whichever the policy counts.
    for (const keep of ["best", "latest", "first"] as const) {
      const rows = buildGradebook(testBank, [{ ...spec, keep }], [ana1, retake])[0]!.rows;
      for (const row of rows) expect(rowNotes(row, keep).join(" ")).not.toContain("Same name as another result");
    }
  });

  it("keeps every result as its own row, even when two share a name (issue 13, point 5)", () => {
    const alex1 = handIn("Alex", { "q-001": right1, "q-003": tf(true) }, 5, 0);
    const alex2 = handIn("alex ", { "q-001": wrong1("Rabat") }, 5, 60_000);
    const other = handIn("Ben", {}, 4);
    const [group] = buildGradebook(testBank, [assignment], [alex2, alex1, other, alex1]);
    expect(group?.rows).toHaveLength(3);
    const alexes = group!.rows.filter((r) => foldName(r.name) === "alex");
    expect(alexes.map((r) => r.graded.score)).toEqual([2, 0]);
    // Both attempt 1: maybe two students, so both count, and both say so.
    expect(alexes.every((r) => r.counted && r.sameName === 1)).toBe(true);
    expect(rowNotes(alexes[0]!, "first")).toContain(
      "Same name as another result: two students, or one who handed in twice",
    );
    expect(summarize(group!.rows).handedIn).toBe(3);
  });

  it("counts one of a student's attempts by the assignment's policy, and shows every attempt", () => {
    const spec = { ...assignment, attempts: 3, keep: "best" as const };
    const best = encodeAssignment(spec);
    const mk = (attempt: number, r: Record<string, Response>, offset: number) => {
      const code = encodeResult({
        assignmentId: best.id,
        name: "Ana",
        questionIds: assignment.questionIds,
        answers: assignment.questionIds.map((id) => rawFromResponse(q(id), r[id])),
        startedAt: NOW + offset,
        submittedAt: NOW + offset + 60_000,
        bankVersion: testBank.version,
        attempt,
      });
      const d = decodeResult(code);
      if (!d.ok) throw new Error(d.reason);
      return d.value;
    };
    const a1 = mk(1, { "q-001": right1 }, 0);
    const a2 = mk(2, { "q-001": right1, "q-003": tf(true) }, 120_000);
    const a3 = mk(3, {}, 240_000);
    const group = (keep: "first" | "best" | "latest") =>
      buildGradebook(testBank, [{ ...best, keep }], [a3, a1, a2])[0]!;
    expect(group("best").rows.map((r) => r.counted)).toEqual([false, true, false]);
    expect(group("first").rows.map((r) => r.counted)).toEqual([true, false, false]);
    expect(group("latest").rows.map((r) => r.counted)).toEqual([false, false, true]);
    const g = group("best");
    expect(rowNotes(g.rows[2]!, g.keep)).toEqual(["Retake (attempt 3)", "Not counted: the best attempt counts"]);
    expect(summarize(g.rows)).toMatchObject({ handedIn: 1, mean: 67 });
  });

  it("tells time running out while away from finishing late (issue 13, point 3)", () => {
    const away = handIn("Cy", { "q-001": right1 }, 10, 0, { ending: "time-up-away" });
    const late = handIn("Di", {}, 12);
    const [group] = buildGradebook(testBank, [assignment], [away, late]);
    const [cy, di] = group!.rows;
    expect(cy?.late).toBe(false);
    expect(rowNotes(cy!, "first")[0]).toMatch(/^Time ran out while the page was closed/);
    expect(di?.late).toBe(true);
    expect(rowNotes(di!, "first")).toContain("Finished after the time limit");
  });

  it("orders ties by code and ranks for item analysis without locale collation", () => {
    // Same hand-in time: the codes break the tie. String#localeCompare builds an ICU collator on first use (5-25 ms
    // of main thread in a browser), and codes are not words: they are compared code unit by code unit.
    const rs = [handIn("A", { "q-001": right1 }, 5), handIn("B", { "q-001": right1 }, 5), handIn("C", {}, 5)];
    const collate = vi.spyOn(String.prototype, "localeCompare");
    try {
      const [group] = buildGradebook(testBank, [assignment], rs);
      const codes = group!.rows.map((r) => r.key);
      expect(codes).toEqual(rs.map((r) => r.code).sort());
      itemAnalysis(testBank, assignment.questionIds, group!.rows);
      expect(collate).not.toHaveBeenCalled();
    } finally {
      collate.mockRestore();
    }
  });

  it("summarizes the class: count, mean, median, bands and median time", () => {
    const rs = [
      handIn("A", { "q-001": right1, "q-003": tf(true), "q-006": ordered }, 2),
      handIn("B", { "q-001": right1 }, 4),
      handIn("C", {}, 6),
      handIn("D", { "q-001": right1, "q-003": tf(true) }, 8),
    ];
    const [group] = buildGradebook(testBank, [assignment], rs);
    expect(summarize(group!.rows)).toEqual({
      handedIn: 4,
      mean: 50,
      median: 50,
      bands: [1, 1, 0, 1, 1],
      medianDurationMs: 5 * 60_000,
    });
    expect(summarize([])).toMatchObject({ handedIn: 0, mean: 0, median: 0 });
  });

  it("puts a percent in its band of 20 points, 100 in the top one", () => {
    expect([0, 19.9, 20, 59, 60, 79.5, 80, 100].map(scoreBand)).toEqual([0, 0, 1, 2, 3, 3, 4, 4]);
  });

  it("groups a result for an unknown assignment under its id, named by the title the result carries", () => {
    const r = handIn("Cy", { "q-001": right1 }, 5, 0, { title: "Week 3" });
    const [group] = buildGradebook(testBank, [], [r]);
    expect(group?.assignment).toBeUndefined();
    expect(group?.title).toBe("Week 3");
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
  // Each student twice ("S1a", "S1b"): item analysis needs 20 results (MIN_FOR_DISCRIMINATION).
  const twice = <T extends { name: string }>(list: T[]) =>
    list.flatMap((s) => [
      { ...s, name: `${s.name}a` },
      { ...s, name: `${s.name}b` },
    ]);
  const results = twice(students).map((s) => handIn(s.name, s.r));
  const [group] = buildGradebook(testBank, [assignment], results);
  const stats = itemAnalysis(testBank, assignment.questionIds, group?.rows ?? []);
  const [s1, s3, s6] = stats;

  it("counts percent correct and each option's choices", () => {
    expect(s1?.pCorrect).toBeCloseTo(0.3);
    expect(s1?.options).toEqual([
      { label: "Paris", count: 6, isKey: true },
      { label: "Rabat", count: 10, isKey: false },
      { label: "Brussels", count: 4, isKey: false },
    ]);
    expect(s3?.pCorrect).toBe(1);
    expect(s3?.options).toEqual([
      { label: "True", count: 20, isKey: true },
      { label: "False", count: 0, isKey: false },
    ]);
    expect(s6?.blank).toBe(18);
  });

  it("computes the upper-lower 27 % discrimination index", () => {
    // k = round(20 * 0.27) = 5. S1, S2, S3 and S10 (a and b) score 2 of 3; ties go by result code, so the upper
    // group is S1a, S1b, S2a, S2b, S3a (all right on q-001, blank on q-006) and the lower group five of S4-S9 (1 of 3).
    expect(s1?.discrimination).toBeCloseTo(1);
    expect(s3?.discrimination).toBeCloseTo(0);
    expect(s6?.discrimination).toBeCloseTo(0);
  });

  it("gives plain-language hints for misleading, too easy and too hard questions", () => {
    expect(s1?.hint?.kind).toBe("misleading");
    expect(s1?.hint?.text).toContain("Rabat");
    expect(s3?.hint?.kind).toBe("too-easy");
    expect(s6?.hint?.kind).toBe("too-hard");
  });

  it("holds back the index and hints below 20 results (the 27 % groups would be one or two students)", () => {
    const few = itemAnalysis(testBank, assignment.questionIds, (group?.rows ?? []).slice(0, 19));
    expect(few.every((s) => s.discrimination === null && s.hint === null)).toBe(true);
    const ten = itemAnalysis(testBank, assignment.questionIds, (group?.rows ?? []).slice(0, 10));
    expect(ten.every((s) => s.discrimination === null)).toBe(true);
  });

  it("flags a question the strong students miss as misleading (negative index)", () => {
    // The strong students (S1-S3) miss q-006; three weak ones (S8-S10, who also miss the true/false) get it right.
    const reversed: Response = { type: "order", items: ["third", "second", "first"] };
    const flipped = twice(students.map((s, i) => ({ ...s, i }))).map((s) =>
      s.i >= 7
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

  it("writes one row per result, one column per question, totals and notes", () => {
    const r1 = handIn("=cmd|' /C calc'!A0", { "q-001": right1, "q-003": tf(true), "q-006": ordered }, 4.5);
    const r2 = handIn("Ben, Jr.", { "q-001": wrong1("Rabat") }, 12);
    const r3 = handIn("Cy", { "q-001": right1 }, 10, 0, { ending: "time-up-away" });
    const [group] = buildGradebook(testBank, [assignment], [r1, r2, r3]);
    const csv = gradebookCsv(group!);
    expect(csv.split("\r\n")).toEqual([
      "Name,Attempt,Counts,Submitted at (UTC),Time taken (minutes),Ending,Q1 q-001,Q2 q-003,Q3 q-006,Score,Out of,Percent,Notes",
      `'=cmd|' /C calc'!A0,1,yes,2025-03-10T09:04:30Z,4.5,finished,1,1,1,3,3,100,`,
      `Cy,1,yes,2025-03-10T09:10:00Z,10,time ran out while away,1,0,0,1,3,33,Time ran out while the page was closed: the answers saved before the deadline were handed in`,
      `"Ben, Jr.",1,yes,2025-03-10T09:12:00Z,12,finished late,0,0,0,0,3,0,Finished after the time limit`,
      "",
    ]);
  });
});

describe("item analysis for typed, matching and ordering questions", () => {
  const all = encodeAssignment({
    title: "All types",
    instructions: "",
    questionIds: ["q-004", "q-005", "q-006"],
    mode: "exam",
    timeLimitMinutes: null,
    showScore: true,
    showKey: false,
    requireName: false,
    teacherEmail: "",
    seed: 1,
    bankVersion: testBank.version,
  });
  const result = (name: string, r: Record<string, Response>) => {
    const d = decodeResult(
      encodeResult({
        assignmentId: all.id,
        name,
        questionIds: all.questionIds,
        answers: all.questionIds.map((id) => rawFromResponse(q(id), r[id])),
        startedAt: NOW,
        submittedAt: NOW + 60_000,
        bankVersion: testBank.version,
      }),
    );
    if (!d.ok) throw new Error(d.reason);
    return d.value;
  };
  const rs = [
    result("A", {
      "q-004": { type: "typed", text: "alliance base" },
      "q-005": { type: "match", pairs: { A: "1", B: "2", C: "3" } },
      "q-006": { type: "order", items: ["first", "second", "third"] },
    }),
    result("B", {
      "q-004": { type: "typed", text: "Alliance  Base!" },
      "q-005": { type: "match", pairs: { A: "1", B: "3", C: "2" } },
      "q-006": { type: "order", items: ["second", "first", "third"] },
    }),
    result("C", {
      "q-004": { type: "typed", text: "Alliance base" },
      "q-006": { type: "order", items: ["first", "second", "third"] },
    }),
    result("D", { "q-004": { type: "typed", text: "NATO" } }),
  ];
  const [group] = buildGradebook(testBank, [all], rs);
  const [typed, match, order] = itemAnalysis(testBank, all.questionIds, group!.rows);

  it("groups typed answers by normalised form, labelled by the commonest spelling; the key as the bank writes it", () => {
    expect(typed?.options).toEqual([
      { label: "alliance base", count: 3, isKey: true },
      { label: "NATO", count: 1, isKey: false },
    ]);
    expect(typed?.key).toBe("Alliance Base (also accepted: Alliance)");
  });

  it("counts who got each pair and each position wrong, with the mean partial credit", () => {
    expect(match?.parts).toEqual([
      { label: "A → 1", wrong: 2 },
      { label: "B → 2", wrong: 3 },
      { label: "C → 3", wrong: 3 },
    ]);
    expect(order?.parts).toEqual([
      { label: "1. first", wrong: 2 },
      { label: "2. second", wrong: 2 },
      { label: "3. third", wrong: 1 },
    ]);
    expect(match?.meanScore).toBeGreaterThan(0);
    expect(match?.meanScore).toBeLessThan(0.5);
  });
});
