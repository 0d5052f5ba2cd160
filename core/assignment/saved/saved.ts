// What the teacher store saves (the teacher's assignments and gradebook codes) and, under its own key, what the
// student store saves (the assignment in progress and the results handed in). Codes are kept as codes and decoded (and checked) where used.
// Types inferred from the schemas and the empty data. The check (./schemas) and the merge of two tabs' copies
// (./merge) load only when there is saved data to read.
import type { InferOutput } from "valibot";
import type {
  AssignmentAttemptSchema,
  HandedInSchema,
  ReceivedResultSchema,
  SavedAssignmentSchema,
  SentViaSchema,
  StudentDataSchema,
  TeacherDataSchema,
} from "./schemas";

export type SavedAssignment = InferOutput<typeof SavedAssignmentSchema>;
export type ReceivedResult = InferOutput<typeof ReceivedResultSchema>;
export type HandedIn = InferOutput<typeof HandedInSchema>;
export type SentVia = InferOutput<typeof SentViaSchema>;
export type AssignmentAttempt = InferOutput<typeof AssignmentAttemptSchema>;
export type TeacherData = InferOutput<typeof TeacherDataSchema>;
export type StudentData = InferOutput<typeof StudentDataSchema>;

export const EMPTY_TEACHER_DATA: TeacherData = { assignments: [], results: [], removed: [] };
export const EMPTY_STUDENT_DATA: StudentData = { handedIn: [], attempts: {} };

/**
 * The most result codes the gradebook holds: ten inboxes at the server's default cap (MAX_RESULTS_PER_INBOX, 1,000).
 * Past it new results are refused and the page says so; none already held is ever dropped to make room.
 */
export const MAX_RESULTS = 10_000;
export const MAX_REMOVED = 500;

/** The student key's version: 2 keeps attempts in progress per assignment and name (1: per assignment). */
export const STUDENT_VERSION = 2;

/** The teacher key's version since the split (./split); version 1 held the student's side too. */
export const TEACHER_VERSION = 2;
