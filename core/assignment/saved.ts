// What the teacher store saves: the teacher's assignments and gradebook codes, and on the student's side the
// assignment in progress and the results handed in. Codes are kept as codes and decoded (and checked) where used.
// Types inferred from the schemas (./schemas, with the check parseTeacherData, loaded only when there is saved data
// to read), the empty data, and the merge of two tabs' copies.
import type { InferOutput } from "valibot";
import type {
  AssignmentAttemptSchema,
  HandedInSchema,
  ReceivedResultSchema,
  SavedAssignmentSchema,
  SentViaSchema,
  TeacherDataSchema,
} from "./schemas";

export type SavedAssignment = InferOutput<typeof SavedAssignmentSchema>;
export type ReceivedResult = InferOutput<typeof ReceivedResultSchema>;
export type HandedIn = InferOutput<typeof HandedInSchema>;
export type SentVia = InferOutput<typeof SentViaSchema>;
export type AssignmentAttempt = InferOutput<typeof AssignmentAttemptSchema>;
export type TeacherData = InferOutput<typeof TeacherDataSchema>;

export const EMPTY_TEACHER_DATA: TeacherData = {
  assignments: [],
  results: [],
  handedIn: [],
  attempts: {},
  removed: [],
};

export const MAX_RESULTS = 2000;
export const MAX_REMOVED = 500;

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
