import { EMPTY_TEACHER_DATA, type TeacherData } from "@/core/assignment/saved";
import { splitLegacyEnvelope, TEACHER_VERSION } from "@/core/assignment/split";
import { readItem, STORAGE_KEYS, writeItem } from "@/lib/storage";
import type { SavedKind } from "../persist/kind";

/**
 * Version-1 teacher data held the student's side too: copies that part to its own key (unless it is there already),
 * then rewrites the teacher key as version 2. If the copy cannot be written, nothing is changed, so nothing is lost.
 */
export function moveStudentData(): void {
  const raw = readItem(STORAGE_KEYS.teacher);
  if (raw === null) return;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return;
  }
  const split = splitLegacyEnvelope(parsed);
  if (!split) return;
  if (split.student && readItem(STORAGE_KEYS.student) === null)
    if (!writeItem(STORAGE_KEYS.student, JSON.stringify(split.student)).ok) return;
  writeItem(STORAGE_KEYS.teacher, JSON.stringify(split.teacher));
}

/** The teacher's assignments and gradebook codes (a student's own attempts are in ./student). */
export const TEACHER_DATA: SavedKind<TeacherData> = {
  name: STORAGE_KEYS.teacher,
  version: TEACHER_VERSION,
  load: async () => {
    const [schemas, merge, split] = await Promise.all([
      import("@/core/assignment/schemas"),
      import("@/core/assignment/merge"),
      import("@/core/assignment/split"),
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
