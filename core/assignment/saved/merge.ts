// The merge of two tabs' copies of the teacher's and the student's saved data (also merges a restored backup).
// Loaded with the schemas, only when there is saved data to merge (stores/saved/teacher.ts, stores/saved/student.ts).
import { attemptKey, foldName } from "../attempt/names";
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

/**
 * Union of both sides' hand-ins; per assignment and student, the newer copy of an attempt; an attempt its student has
 * handed in since it started is not brought back.
 */
export function combineStudentData(saved: StudentData, mine: StudentData): StudentData {
  // A result sent from the other tab stays marked as sent.
  const sentElsewhere = new Map(saved.handedIn.filter((h) => h.sentAt).map((h) => [h.code, h]));
  const handedIn = byCode(mine.handedIn, saved.handedIn).map((h) => (h.sentAt ? h : (sentElsewhere.get(h.code) ?? h)));
  const attempts: Record<string, AssignmentAttempt> = {};
  for (const a of [...Object.values(saved.attempts), ...Object.values(mine.attempts)]) {
    const key = attemptKey(a.assignmentId, a.name);
    const prev = attempts[key];
    if (!prev || a.updatedAt >= prev.updatedAt) attempts[key] = a;
  }
  // Handed in (in either tab) by the same student since it started: done, not to be resumed.
  for (const [key, a] of Object.entries(attempts))
    if (
      handedIn.some(
        (h) =>
          h.assignmentId === a.assignmentId &&
          foldName(h.name ?? "") === foldName(a.name) &&
          h.submittedAt >= a.startedAt,
      )
    )
      delete attempts[key];
  return { handedIn, attempts };
}
