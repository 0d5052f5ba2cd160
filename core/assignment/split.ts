// Until version 2 the teacher's data and a student's own attempts shared one key (debrief:teacher), so a student's
// keystroke rewrote the gradebook and a reset took both. This splits such saved data in two without losing a field.

/** The teacher key's version since the split; version 1 held the student's side too. */
export const TEACHER_VERSION = 2;

/** The student's fields of version-1 teacher data. */
const STUDENT_FIELDS = ["handedIn", "attempts"] as const;

/** Version-1 teacher data as version 2: the student's fields dropped (split them off first with splitTeacherV1). */
export function teacherV1toV2(data: unknown): unknown {
  return splitTeacherV1(data)?.teacher ?? data;
}

/**
 * Splits version-1 teacher data into the teacher's part and the student's part, each as it was (they are checked when
 * read under their own keys). Null when `data` is not an object. `hasStudent` says whether the student's part holds
 * anything worth a key of its own.
 */
export function splitTeacherV1(
  data: unknown,
): { teacher: Record<string, unknown>; student: Record<string, unknown>; hasStudent: boolean } | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const teacher: Record<string, unknown> = { ...(data as Record<string, unknown>) };
  const student: Record<string, unknown> = { handedIn: [], attempts: {} };
  for (const field of STUDENT_FIELDS) {
    if (field in teacher) student[field] = teacher[field];
    delete teacher[field];
  }
  const handedIn = student.handedIn;
  const attempts = student.attempts;
  const hasStudent =
    (Array.isArray(handedIn) && handedIn.length > 0) ||
    (typeof attempts === "object" && attempts !== null && Object.keys(attempts).length > 0);
  return { teacher, student, hasStudent };
}

/**
 * A stored teacher envelope of version 1, split: the teacher's envelope (version 2, same epoch) and the student's
 * (version 1) if it holds anything. Null when `raw` is not a version-1 envelope (nothing to move).
 */
export function splitLegacyEnvelope(raw: unknown): { teacher: object; student: object | null } | null {
  if (typeof raw !== "object" || raw === null || !("state" in raw)) return null;
  const env = raw as { state: unknown; version?: unknown; epoch?: unknown };
  if (env.version !== 1) return null;
  const split = splitTeacherV1(env.state);
  if (!split) return null;
  const epoch = typeof env.epoch === "string" ? { epoch: env.epoch } : {};
  return {
    teacher: { state: split.teacher, version: TEACHER_VERSION, ...epoch },
    student: split.hasStudent ? { state: split.student, version: 1 } : null,
  };
}
