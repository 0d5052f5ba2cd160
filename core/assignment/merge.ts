// The merge of two tabs' copies of the teacher store's data (also merges a restored backup). Loaded with the
// schemas, only when there is saved data to merge (stores/saved/teacher.ts).
import { MAX_REMOVED, MAX_RESULTS, type AssignmentAttempt, type TeacherData } from "./saved";

const byCode = <T extends { code: string }>(...lists: T[][]): T[] => {
  const seen = new Map<string, T>();
  for (const list of lists) for (const item of list) if (!seen.has(item.code)) seen.set(item.code, item);
  return [...seen.values()];
};

/** Union of both sides; removed codes stay removed; an attempt already handed in is not brought back. */
export function combineTeacherData(saved: TeacherData, mine: TeacherData): TeacherData {
  const removed = [...new Set([...saved.removed, ...mine.removed])].slice(-MAX_REMOVED);
  const gone = new Set(removed);
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
  return {
    assignments: byCode(mine.assignments, saved.assignments).filter((a) => !gone.has(a.code)),
    results: byCode(mine.results, saved.results)
      .filter((r) => !gone.has(r.code))
      .slice(-MAX_RESULTS),
    handedIn,
    attempts,
    removed,
  };
}
