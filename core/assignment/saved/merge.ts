// The merge of two tabs' copies of the teacher's and the student's saved data (also merges a restored backup).
// Loaded with the schemas, only when there is saved data to merge (stores/saved/teacher.ts, stores/saved/student.ts).
import { combineResults } from "../gradebook/results";
import type { AssignmentAttempt, StudentData, TeacherData } from "./saved";

const byCode = <T extends { code: string }>(...lists: T[][]): T[] => {
  const seen = new Map<string, T>();
  for (const list of lists) for (const item of list) if (!seen.has(item.code)) seen.set(item.code, item);
  return [...seen.values()];
};

/** Union of both sides; removed codes stay removed; no result is cut. */
export function combineTeacherData(saved: TeacherData, mine: TeacherData): TeacherData {
  const { results, removed } = combineResults(saved, mine);
  const gone = new Set(removed);
  return {
    assignments: byCode(mine.assignments, saved.assignments).filter((a) => !gone.has(a.code)),
    results,
    removed,
  };
}

/** Union of both sides' hand-ins; the newer copy of an attempt; an attempt already handed in is not brought back. */
export function combineStudentData(saved: StudentData, mine: StudentData): StudentData {
  // A result sent from the other tab stays marked as sent.
  const sentElsewhere = new Map(saved.handedIn.filter((h) => h.sentAt).map((h) => [h.code, h]));
  const handedIn = byCode(mine.handedIn, saved.handedIn).map((h) => (h.sentAt ? h : (sentElsewhere.get(h.code) ?? h)));
  const attempts: Record<string, AssignmentAttempt> = {};
  for (const a of [...Object.values(saved.attempts), ...Object.values(mine.attempts)]) {
    const prev = attempts[a.assignmentId];
    if (!prev || a.updatedAt >= prev.updatedAt) attempts[a.assignmentId] = a;
  }
  for (const [id, a] of Object.entries(attempts))
    if (handedIn.some((h) => h.assignmentId === id && h.submittedAt >= a.startedAt)) delete attempts[id];
  return { handedIn, attempts };
}
