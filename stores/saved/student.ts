import { EMPTY_STUDENT_DATA, STUDENT_VERSION, type StudentData } from "@/core/assignment/saved/saved";
import { STORAGE_KEYS } from "@/lib/storage";
import type { SavedKind } from "../persist/kind";
import { moveStudentData } from "./legacy-split";

/** A student's own assignment attempts and hand-ins: a key of their own, so they never rewrite the gradebook. */
export const STUDENT_DATA: SavedKind<StudentData> = {
  name: STORAGE_KEYS.student,
  version: STUDENT_VERSION,
  load: async () => {
    const [schemas, merge] = await Promise.all([
      import("@/core/assignment/saved/schemas"),
      import("@/core/assignment/saved/merge"),
    ]);
    return {
      validate: schemas.parseStudentData,
      migrate: schemas.migrateStudentData,
      combine: merge.combineStudentData,
    };
  },
  empty: EMPTY_STUDENT_DATA,
  prepare: moveStudentData,
  // Loaded with the backup's checks (only a file from before the split needs it).
  fromOlderBackup: () =>
    import("@/core/assignment/saved/split").then(
      (m) => (data) => m.splitLegacyEnvelope(data[STORAGE_KEYS.teacher])?.student ?? undefined,
    ),
};
