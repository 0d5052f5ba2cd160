// What the teacher store saves: the teacher's assignments and gradebook codes, and on the student's side the
// assignment in progress and the results handed in. Codes are kept as codes and decoded (and checked) where used.
// One schema per shape, types inferred from it, and the merge of two tabs' copies.
import * as v from "valibot";
import { ResponseSchema } from "../quiz/schemas";
import { RESULT_ENDINGS } from "./endings";
import { dictOf, validator } from "../validate";

const code = v.string();

export const SavedAssignmentSchema = v.object({ code, id: v.string(), title: v.string(), savedAt: v.number() });
export const ReceivedResultSchema = v.object({ code, receivedAt: v.number() });
/** How a student sent a result on: until one of these, it is not handed in. */
export const SentViaSchema = v.picklist(["copy", "email", "share", "inbox"]);

export const HandedInSchema = v.object({
  code,
  assignmentId: v.string(),
  assignmentCode: v.string(),
  title: v.string(),
  submittedAt: v.number(),
  /** The name the student gave, so a retake starts with it. */
  name: v.optional(v.string()),
  /** Which attempt this was (1 when saved before attempts were counted). */
  attempt: v.optional(v.number()),
  /** How the attempt ended (absent: finished, when saved before endings were recorded). */
  ending: v.optional(v.picklist(RESULT_ENDINGS)),
  /** When and how the student last sent it to the teacher; absent while it has not been sent. */
  sentAt: v.optional(v.number()),
  sentVia: v.optional(SentViaSchema),
});

/** A student's assignment attempt, kept through reloads until submitted. Times are epoch ms. */
export const AssignmentAttemptSchema = v.object({
  assignmentId: v.string(),
  assignmentCode: v.string(),
  name: v.string(),
  startedAt: v.number(),
  /** Epoch ms when time runs out, or null for no limit. */
  deadline: v.nullable(v.number()),
  /** The same answers as a quiz's, by question id. */
  responses: dictOf(ResponseSchema),
  index: v.number(),
  flags: v.array(v.string()),
  updatedAt: v.number(),
});

export const TeacherDataSchema = v.object({
  assignments: v.array(SavedAssignmentSchema),
  results: v.array(ReceivedResultSchema),
  handedIn: v.array(HandedInSchema),
  /** By assignment id. */
  attempts: dictOf(AssignmentAttemptSchema),
  /** Codes the teacher removed, so another tab's copy does not bring them back. */
  removed: v.array(v.string()),
});

export type SavedAssignment = v.InferOutput<typeof SavedAssignmentSchema>;
export type ReceivedResult = v.InferOutput<typeof ReceivedResultSchema>;
export type HandedIn = v.InferOutput<typeof HandedInSchema>;
export type SentVia = v.InferOutput<typeof SentViaSchema>;
export type AssignmentAttempt = v.InferOutput<typeof AssignmentAttemptSchema>;
export type TeacherData = v.InferOutput<typeof TeacherDataSchema>;

export const EMPTY_TEACHER_DATA: TeacherData = {
  assignments: [],
  results: [],
  handedIn: [],
  attempts: {},
  removed: [],
};

/** Saved teacher data in its shape, or null. */
export const parseTeacherData = validator(TeacherDataSchema);

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
