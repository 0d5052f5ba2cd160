// The gradebook: results grouped per assignment, one row per student, and item analysis per question.
import type { Bank } from "@/core/bank/schema";
import { normalizeAnswer } from "@/core/text/normalize";
import type { Assignment } from "./assignment-code";
import { gradeResult, isOverTime, type GradedItem, type GradedResult } from "./grade";
import type { DecodedResult } from "./result-code";

export type StudentRow = {
  /** Stable key: the student's folded name, or the code for an unnamed result. */
  key: string;
  name: string;
  result: DecodedResult;
  graded: GradedResult;
  durationMs: number;
  overTime: boolean;
  /** How many times this student handed in; only the latest is shown. */
  handIns: number;
};

export type AssignmentGroup = {
  assignmentId: string;
  /** Undefined when the teacher has not saved this assignment on this device. */
  assignment?: Assignment;
  questionIds: string[];
  rows: StudentRow[];
};

const studentKey = (r: DecodedResult) => {
  const folded = r.name.trim().replace(/\s+/g, " ").toLocaleLowerCase("en");
  return folded ? `name:${folded}` : `code:${r.code}`;
};

/** Groups results by assignment; a student who handed in twice appears once, with the later attempt. */
export function buildGradebook(
  bank: Bank,
  assignments: readonly Assignment[],
  results: readonly DecodedResult[],
): AssignmentGroup[] {
  const byAssignment = new Map<string, Map<string, { latest: DecodedResult; count: number }>>();
  const seenCodes = new Set<string>();
  for (const r of results) {
    if (seenCodes.has(r.code)) continue;
    seenCodes.add(r.code);
    const students = byAssignment.get(r.assignmentId) ?? new Map();
    byAssignment.set(r.assignmentId, students);
    const key = studentKey(r);
    const prev = students.get(key);
    if (!prev) students.set(key, { latest: r, count: 1 });
    else
      students.set(key, { latest: r.submittedAt >= prev.latest.submittedAt ? r : prev.latest, count: prev.count + 1 });
  }
  const known = new Map(assignments.map((a) => [a.id, a]));
  return [...byAssignment.entries()].map(([assignmentId, students]) => {
    const assignment = known.get(assignmentId);
    const rows = [...students.entries()].map(([key, { latest, count }]) => ({
      key,
      name: latest.name,
      result: latest,
      graded: gradeResult(bank, latest),
      durationMs: latest.submittedAt - latest.startedAt,
      overTime: isOverTime(latest, assignment?.timeLimitMinutes ?? null),
      handIns: count,
    }));
    const first = rows[0]?.result.questionIds ?? [];
    return { assignmentId, assignment, questionIds: assignment?.questionIds ?? first, rows };
  });
}

export type OptionCount = { label: string; count: number; isKey: boolean };

export type ItemHint = { kind: "too-hard" | "too-easy" | "misleading"; text: string };

export type ItemStats = {
  questionId: string;
  /** Students whose result includes this question. */
  n: number;
  /** Share fully right, 0 to 1. */
  pCorrect: number;
  /** Mean score with partial credit, 0 to 1. */
  meanScore: number;
  /** How many chose each option (choice and true/false questions; the commonest typed answers). Empty otherwise. */
  options: OptionCount[];
  blank: number;
  /** Upper minus lower 27 % mean item score, -1 to 1; null below MIN_FOR_DISCRIMINATION results. */
  discrimination: number | null;
  hint: ItemHint | null;
};

/** Results needed before the discrimination index and the hints mean anything. */
export const MIN_FOR_DISCRIMINATION = 5;

/** Per-question statistics for one assignment's students. */
export function itemAnalysis(bank: Bank, questionIds: readonly string[], rows: readonly StudentRow[]): ItemStats[] {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const ranked = [...rows].sort((a, b) => b.graded.percent - a.graded.percent || a.key.localeCompare(b.key));
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
      const tally = new Map<string, OptionCount>();
      for (const i of items) {
        if (i.response?.type !== "typed") continue;
        const folded = normalizeAnswer(i.response.text);
        const entry = tally.get(folded) ?? { label: i.response.text.trim(), count: 0, isKey: i.result.correct };
        entry.count++;
        tally.set(folded, entry);
      }
      options = [...tally.values()].sort((a, b) => b.count - a.count).slice(0, 5);
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
    }
    return { questionId, n, pCorrect, meanScore, options, blank, discrimination, hint };
  });
}
