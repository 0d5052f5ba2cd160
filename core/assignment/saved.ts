// What the teacher store saves: the teacher's assignments and gradebook codes, and on the student's side the
// assignment in progress and the results handed in. Codes are kept as codes and decoded (and checked) where used.
// Types inferred from the schemas and the empty data. The check (./schemas) and the merge of two tabs' copies
// (./merge) load only when there is saved data to read.
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
