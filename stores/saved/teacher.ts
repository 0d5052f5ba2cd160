import { EMPTY_TEACHER_DATA, type TeacherData } from "@/core/assignment/saved";
import { STORAGE_KEYS } from "@/lib/storage";
import type { SavedKind } from "../persist/kind";

/** Assignments: the teacher's assignments and gradebook codes, a student's attempts and hand-ins. */
export const TEACHER_DATA: SavedKind<TeacherData> = {
  name: STORAGE_KEYS.teacher,
  version: 1,
  load: async () => {
    const [schemas, merge] = await Promise.all([
      import("@/core/assignment/schemas"),
      import("@/core/assignment/merge"),
    ]);
    return { validate: schemas.parseTeacherData, combine: merge.combineTeacherData };
  },
  empty: EMPTY_TEACHER_DATA,
};
