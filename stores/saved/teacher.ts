import { EMPTY_TEACHER_DATA, TEACHER_VERSION, type TeacherData } from "@/core/assignment/saved/saved";
import { STORAGE_KEYS } from "@/lib/storage";
import { moveStudentData } from "./legacy-split";
import type { SavedKind } from "../persist/kind";

/** The teacher's assignments and gradebook codes (a student's own attempts are in ./student). */
export const TEACHER_DATA: SavedKind<TeacherData> = {
  name: STORAGE_KEYS.teacher,
  version: TEACHER_VERSION,
  load: async () => {
    const [schemas, merge, split] = await Promise.all([
      import("@/core/assignment/saved/schemas"),
      import("@/core/assignment/saved/merge"),
      import("@/core/assignment/saved/split"),
    ]);
    return {
      validate: schemas.parseTeacherData,
      // Only a backup's version-1 entry gets here (saved data is split first): its student part is read by ./student.
      migrate: (data, from) => (from === 1 ? split.teacherV1toV2(data) : data),
      combine: merge.combineTeacherData,
    };
  },
  teacherData: true,
  empty: EMPTY_TEACHER_DATA,
  prepare: moveStudentData,
};
