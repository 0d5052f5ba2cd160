// The teacher store's saved shapes (./saved has their types and the empty data): one schema
// each. Loaded only to read saved data (stores/saved/teacher.ts loads it on demand).
import * as v from "valibot";
import { ResponseSchema } from "../../quiz/schemas";
import { RESULT_ENDINGS } from "../attempt/endings";
import { attemptKey } from "../attempt/names";
import { chainMigrations } from "../../progress/envelope";
import { dictOf, entriesOf, itemsOf, savedObject, validator } from "../../validate";

const code = v.string();

export const SavedAssignmentSchema = savedObject({
  code,
  id: v.string(),
  title: v.string(),
  savedAt: v.number(),
  /** The class list the teacher pasted for this assignment (names), so the gradebook can say who has not handed in. */
  roster: v.optional(v.array(v.string())),
});
export const ReceivedResultSchema = savedObject({ code, receivedAt: v.number() });
/** How a student sent a result on: until one of these, it is not handed in. */
export const SentViaSchema = v.picklist(["copy", "email", "share", "inbox"]);

export const HandedInSchema = savedObject({
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
export const AssignmentAttemptSchema = savedObject({
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

/** The teacher's side (version 2): assignments and the gradebook's result codes. */
export const TeacherDataSchema = savedObject({
  assignments: itemsOf(SavedAssignmentSchema),
  results: itemsOf(ReceivedResultSchema),
  /** Codes the teacher removed, so another tab's copy does not bring them back. */
  removed: v.array(v.string()),
});

/** A student's own side, under its own key: the assignment in progress and the results handed in. */
export const StudentDataSchema = savedObject({
  handedIn: itemsOf(HandedInSchema),
  /** By assignment and student name (attemptKey): on a shared device each student's attempt waits for them. */
  attempts: entriesOf(AssignmentAttemptSchema),
});

/** Saved teacher data in its shape, or null. */
export const parseTeacherData = validator(TeacherDataSchema);

/** Saved student data in its shape, or null. */
export const parseStudentData = validator(StudentDataSchema);

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === "object" && x !== null && !Array.isArray(x);

/**
 * Version 1 kept one attempt per assignment, under its id; version 2 keeps one per assignment and name. The step
 * re-keys each attempt it can read (one per assignment, so none collide) and leaves the rest to the check.
 */
function keyAttemptsByName(data: unknown): unknown {
  if (!isRecord(data) || !isRecord(data.attempts)) return data;
  const attempts: Record<string, unknown> = {};
  for (const [key, a] of Object.entries(data.attempts)) {
    const readable = isRecord(a) && typeof a.assignmentId === "string" && typeof a.name === "string";
    attempts[readable ? attemptKey(a.assignmentId as string, a.name as string) : key] = a;
  }
  return { ...data, attempts };
}

/** Older saved student data to the current version (STUDENT_VERSION in ./saved). */
export const migrateStudentData = chainMigrations({ 1: keyAttemptsByName }, 2);
