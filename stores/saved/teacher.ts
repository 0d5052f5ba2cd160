import { combineTeacherData, EMPTY_TEACHER_DATA, type TeacherData } from "@/core/assignment/saved";
import { STORAGE_KEYS } from "@/lib/storage";
import type { SavedKind } from "../persist/kind";

/** Assignments: the teacher's assignments and gradebook codes, a student's attempts and hand-ins. */
export const TEACHER_DATA: SavedKind<TeacherData> = {
  name: STORAGE_KEYS.teacher,
  version: 1,
  // The schema (and valibot) is loaded only when there is saved data to read or merge.
  schema: () => import("@/core/assignment/schemas").then((m) => ({ validate: m.parseTeacherData })),
  combine: combineTeacherData,
  empty: EMPTY_TEACHER_DATA,
};
