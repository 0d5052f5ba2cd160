// The gradebook: results grouped per assignment, one row per student, and item analysis per question.
import type { Bank } from "@/core/bank/schema";
import { describeKey } from "@/core/quiz/summary";
import { normalizeAnswer } from "@/core/text/normalize";
import type { Assignment, KeepPolicy } from "../link/assignment-code";
import { gradeResult, isOverTime, type GradedItem, type GradedResult } from "../result/grade";
import type { DecodedResult } from "../result/result-code";
import { compareIds } from "@/core/compare";
import { foldName } from "../attempt/names";

export type StudentRow = {
  /** Stable key: the result code (rows are results, not names: two students may share a name). */
  key: string;
  name: string;
  result: DecodedResult;
  graded: GradedResult;
  durationMs: number;
  /** Handed in after the time limit (a result made before results were stamped at the deadline, or a wrong clock). */
  late: boolean;
  /** Other results in this assignment with the same name (ignoring case and spaces). */
  sameName: number;
  /**
   * Another result under this name may be another student's: it came from another device, or from this one with the
   * same attempt number (a retake on the same device is the same student's, and numbered after the first).
   */
  namesake: boolean;
  /**
   * Handed in under a name that another device had already used: another student of the same name (or the same one
   * elsewhere). Counted as a student of its own, so it never replaces or outranks the first device's results.
   */
  otherDevice: boolean;
  /** Whether this result counts in the summary and item analysis (only one of a student's attempts does). */
  counted: boolean;
};

export type AssignmentGroup = {
  assignmentId: string;
  /** Undefined when the teacher has not saved this assignment on this device. */
  assignment?: Assignment;
  /** The saved assignment's title, else the title carried in the results ("" when neither has one). */
  title: string;
  /** Which attempt counts when a student retook it: the saved setting, or the first without it. */
  keep: KeepPolicy;
  questionIds: string[];
  /** Every result handed in, oldest first. */
  rows: StudentRow[];
};

export { foldName } from "../attempt/names";

/** Picks the attempt that counts among one student's results (sorted oldest first). */
function countedAttempt(rows: readonly StudentRow[], keep: KeepPolicy): StudentRow | undefined {
  if (keep === "latest") return rows[rows.length - 1];
  if (keep === "best")
    return rows.reduce<StudentRow | undefined>(
      (b, r) => (!b || r.graded.percent > b.graded.percent ? r : b),
      undefined,
    );
  return rows[0];
}

/**
 * Groups results by assignment, one row per result. Results that share a name are all kept: when one of them is a
 * retake (attempt 2 or later) they are one student's attempts and the assignment's policy picks the one that counts;
 * otherwise they may be two students, and all count.
 */
export function buildGradebook(
  bank: Bank,
  assignments: readonly Assignment[],
  results: readonly DecodedResult[],
): AssignmentGroup[] {
  const byAssignment = new Map<string, DecodedResult[]>();
  const seenCodes = new Set<string>();
  for (const r of results) {
    if (seenCodes.has(r.code)) continue;
    seenCodes.add(r.code);
    const list = byAssignment.get(r.assignmentId) ?? [];
    list.push(r);
    byAssignment.set(r.assignmentId, list);
  }
  const known = new Map(assignments.map((a) => [a.id, a]));
  return [...byAssignment.entries()].map(([assignmentId, list]) => {
    const assignment = known.get(assignmentId);
    const keep = assignment?.keep ?? "first";
    const sorted = [...list].sort((a, b) => a.submittedAt - b.submittedAt || compareIds(a.code, b.code));
    const rows: StudentRow[] = sorted.map((r) => ({
      key: r.code,
      name: r.name,
      result: r,
      graded: gradeResult(bank, r),
      durationMs: r.submittedAt - r.startedAt,
      late: r.ending === "finished" && isOverTime(r, assignment?.timeLimitMinutes ?? null),
      sameName: 0,
      namesake: false,
      otherDevice: false,
      counted: true,
    }));
    // A student is a name on a device: results under one name from two devices are two students (codes made before
    // devices were carried have none, and group by name alone, as they always did).
    const byName = new Map<string, StudentRow[]>();
    const byStudent = new Map<string, StudentRow[]>();
    for (const row of rows) {
      const folded = foldName(row.name);
      if (!folded) continue;
      byName.set(folded, [...(byName.get(folded) ?? []), row]);
      const student = `${folded}\u0000${row.result.device}`;
      byStudent.set(student, [...(byStudent.get(student) ?? []), row]);
    }
    for (const same of byName.values()) {
      const firstDevice = same.find((row) => row.result.device)?.result.device;
      for (const row of same) {
        row.sameName = same.length - 1;
        row.namesake = same.some(
          (other) =>
            other !== row && (other.result.device !== row.result.device || other.result.attempt === row.result.attempt),
        );
        row.otherDevice = row.result.device !== "" && row.result.device !== firstDevice;
      }
    }
    for (const mine of byStudent.values()) {
      if (mine.length > 1 && mine.some((row) => row.result.attempt > 1)) {
        const counted = countedAttempt(mine, keep);
        for (const row of mine) row.counted = row === counted;
      }
    }
    const first = rows[0]?.result.questionIds ?? [];
    const title = assignment?.title || sorted.find((r) => r.title)?.title || "";
    return { assignmentId, assignment, title, keep, questionIds: assignment?.questionIds ?? first, rows };
  });
}

/** Why a row reads as it does, in plain words, for the table's notes and the CSV. */
export function rowNotes(row: StudentRow, keep: KeepPolicy): string[] {
  const notes: string[] = [];
  if (row.result.ending === "time-up-away")
    notes.push("Time ran out while the page was closed: the answers saved before the deadline were handed in");
  else if (row.result.ending === "time-up") notes.push("Time ran out: the answers given were handed in");
  if (row.late) notes.push("Finished after the time limit");
  if (row.result.attempt > 1) notes.push(`Retake (attempt ${row.result.attempt})`);
  if (row.otherDevice) notes.push("Same name, another device: another student, or the same one elsewhere");
  if (!row.counted) notes.push(`Not counted: the ${keep} attempt counts`);
  else if (row.namesake && !row.otherDevice)
    notes.push("Same name as another result: two students, or one who handed in twice");
  if (row.graded.bankChanged) notes.push("Answered on another version of the questions");
  return notes;
}

export type ClassSummary = {
  /** Results that count (one per student). */
  handedIn: number;
  /** Percent, 0 to 100. */
  mean: number;
  median: number;
  /** Students per band of 20 points: 0-19, 20-39, 40-59, 60-79, 80-100. */
  bands: number[];
  medianDurationMs: number;
};

export const SCORE_BANDS = ["0–19%", "20–39%", "40–59%", "60–79%", "80–100%"] as const;

/** Which of SCORE_BANDS a percent (0 to 100) falls in: 0 for 0–19 … 4 for 80–100. */
export function scoreBand(percent: number): number {
  return Math.max(0, Math.min(4, Math.floor(percent / 20)));
}

function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  if (s.length === 0) return 0;
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** The class at a glance: how many handed in, average and median score, a distribution and the median time. */
export function summarize(rows: readonly StudentRow[]): ClassSummary {
  const counted = rows.filter((r) => r.counted);
  const percents = counted.map((r) => r.graded.percent);
  const bands = [0, 0, 0, 0, 0];
  for (const p of percents) bands[scoreBand(p)]!++;
  return {
    handedIn: counted.length,
    mean: percents.length ? Math.round(percents.reduce((a, b) => a + b, 0) / percents.length) : 0,
    median: Math.round(median(percents)),
    bands,
    medianDurationMs: median(counted.map((r) => r.durationMs)),
  };
}

/** One answer students gave, and how many gave it. `isKey`: the key (choices) or an accepted typed answer. */
export type OptionCount = { label: string; count: number; isKey: boolean };

/** A pair (matching) or a position (ordering), and how many students got it wrong. */
export type PartCount = { label: string; wrong: number };

export type ItemHint = { kind: "too-hard" | "too-easy" | "misleading" | "weak"; text: string };

export type ItemStats = {
  questionId: string;
  /** Students whose result includes this question. */
  n: number;
  /** Share fully right, 0 to 1. */
  pCorrect: number;
  /** Mean score with partial credit, 0 to 1. */
  meanScore: number;
  /** How many chose each option (choice and true/false questions; typed answers grouped by normalised form). */
  options: OptionCount[];
  /** Matching: each pair; ordering: each position; with how many got it wrong. Empty otherwise. */
  parts: PartCount[];
  /** The key as the bank writes it. */
  key: string;
  blank: number;
  /** Upper minus lower 27 % mean item score, -1 to 1; null below MIN_FOR_DISCRIMINATION results. */
  discrimination: number | null;
  hint: ItemHint | null;
};

/** Results needed before the discrimination index and the hints mean anything. */
export const MIN_FOR_DISCRIMINATION = 20;

/** Below this discrimination index an item tells strong and weak students apart poorly. */
export const WEAK_DISCRIMINATION = 0.2;

/** Per-question statistics over the results that count (one per student). */
export function itemAnalysis(bank: Bank, questionIds: readonly string[], allRows: readonly StudentRow[]): ItemStats[] {
  const rows = allRows.filter((r) => r.counted);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const ranked = [...rows].sort((a, b) => b.graded.percent - a.graded.percent || compareIds(a.key, b.key));
  const k = Math.max(1, Math.round(ranked.length * 0.27));
  const upper = ranked.slice(0, k);
  const lower = ranked.slice(-k);
  // Every student's items grouped by question, and each student's first score per question, in one pass over the
  // rows (rather than one pass per question: 200 students x 20 questions is 4,000 items, not 80,000 looked at).
  const itemsByQuestion = new Map<string, GradedItem[]>();
  const scores = new Map<StudentRow, Map<string, number>>();
  for (const row of rows) {
    const mine = new Map<string, number>();
    for (const item of row.graded.items) {
      const list = itemsByQuestion.get(item.questionId);
      if (list) list.push(item);
      else itemsByQuestion.set(item.questionId, [item]);
      if (!mine.has(item.questionId)) mine.set(item.questionId, item.result.score);
    }
    scores.set(row, mine);
  }
  const itemScore = (row: StudentRow, id: string) => scores.get(row)?.get(id) ?? 0;
  const mean = (group: readonly StudentRow[], id: string) =>
    group.reduce((s, row) => s + itemScore(row, id), 0) / Math.max(1, group.length);

  return questionIds.map((questionId) => {
    const question = byId.get(questionId);
    const items = itemsByQuestion.get(questionId) ?? [];
    const n = items.length;
    const pCorrect = n === 0 ? 0 : items.filter((i) => i.result.correct).length / n;
    const meanScore = n === 0 ? 0 : items.reduce((s, i) => s + i.result.score, 0) / n;
    const blank = items.filter((i) => !i.response).length;

    let options: OptionCount[] = [];
    let parts: PartCount[] = [];
    if (question?.type === "single" || question?.type === "multiple") {
      const keys = new Set(question.type === "single" ? [question.answer] : question.answer);
      options = question.options.map((o) => ({
        label: o.text,
        isKey: keys.has(o.text),
        count: items.filter(
          (i) =>
            (i.response?.type === "single" && i.response.choice === o.text) ||
            (i.response?.type === "multiple" && i.response.choices.includes(o.text)),
        ).length,
      }));
    } else if (question?.type === "true-false") {
      options = [true, false].map((value) => ({
        label: value ? "True" : "False",
        isKey: question.answer === value,
        count: items.filter((i) => i.response?.type === "true-false" && i.response.value === value).length,
      }));
    } else if (question?.type === "typed") {
      // Grouped by normalised form, labelled by the spelling most students used.
      const tally = new Map<string, { spellings: Map<string, number>; count: number; isKey: boolean }>();
      for (const i of items) {
        if (i.response?.type !== "typed") continue;
        const folded = normalizeAnswer(i.response.text);
        const entry = tally.get(folded) ?? { spellings: new Map(), count: 0, isKey: i.result.correct };
        const spelling = i.response.text.trim();
        entry.spellings.set(spelling, (entry.spellings.get(spelling) ?? 0) + 1);
        entry.count++;
        tally.set(folded, entry);
      }
      options = [...tally.values()]
        .map((e) => ({
          label: [...e.spellings.entries()].sort((a, b) => b[1] - a[1])[0]![0],
          count: e.count,
          isKey: e.isKey,
        }))
        .sort((a, b) => b.count - a.count)
        .slice(0, 5);
    } else if (question?.type === "match") {
      parts = question.answer.map((p) => ({
        label: `${p.left} → ${p.right}`,
        wrong: items.filter((i) => i.response?.type !== "match" || i.response.pairs[p.left] !== p.right).length,
      }));
    } else if (question?.type === "order") {
      parts = question.answer.map((item, pos) => ({
        label: `${pos + 1}. ${item}`,
        wrong: items.filter((i) => i.response?.type !== "order" || i.response.items[pos] !== item).length,
      }));
    }

    const enough = rows.length >= MIN_FOR_DISCRIMINATION;
    const discrimination = enough ? mean(upper, questionId) - mean(lower, questionId) : null;
    const keyCount = Math.max(0, ...options.filter((o) => o.isKey).map((o) => o.count));
    const lure = options.filter((o) => !o.isKey).sort((a, b) => b.count - a.count)[0];
    let hint: ItemHint | null = null;
    if (enough && question) {
      if (discrimination !== null && discrimination < 0)
        hint = {
          kind: "misleading",
          text: "Misleading? Students who did well overall got this one wrong more often than those who did poorly. Check the key and the wording.",
        };
      else if (question.type === "single" && lure && lure.count > keyCount)
        hint = {
          kind: "misleading",
          text: `Misleading? More students chose “${lure.label}” than the right answer. That option may be a trap, or the question unclear.`,
        };
      else if (pCorrect < 0.3)
        hint = {
          kind: "too-hard",
          text: "Too hard? Fewer than 3 in 10 students got it right. Revisit this part of the article.",
        };
      else if (pCorrect > 0.9)
        hint = { kind: "too-easy", text: "Too easy? More than 9 in 10 students got it right. It tells you little." };
      else if (discrimination !== null && discrimination < WEAK_DISCRIMINATION)
        hint = {
          kind: "weak",
          text: "Weak? Students who did well overall did hardly better on this one than those who did poorly.",
        };
    }
    return {
      questionId,
      n,
      pCorrect,
      meanScore,
      options,
      parts,
      key: question ? describeKey(question) : "",
      blank,
      discrimination,
      hint,
    };
  });
}
