// Until version 2 the teacher's data and a student's own attempts shared one key (debrief:teacher), so a student's
// keystroke rewrote the gradebook and a reset took both. This splits such saved data in two without losing a field.
// Loaded only on a device that still holds version-1 data (stores/saved/legacy-split.ts), and by backup files of then.

import { TEACHER_VERSION } from "./saved";

export { TEACHER_VERSION };

/**
 * Splits version-1 teacher data into the teacher's part and the student's part (handedIn, attempts), each as it was
 * (they are checked when read under their own keys). Null when `data` is not an object. `hasStudent` says whether the
 * student's part holds anything worth a key of its own.
 */
export function splitTeacherV1(
  data: unknown,
): { teacher: Record<string, unknown>; student: Record<string, unknown>; hasStudent: boolean } | null {
  if (typeof data !== "object" || data === null || Array.isArray(data)) return null;
  const { handedIn = [], attempts = {}, ...teacher } = data as Record<string, unknown>;
  const hasStudent =
    (Array.isArray(handedIn) && handedIn.length > 0) ||
    (typeof attempts === "object" && attempts !== null && Object.keys(attempts).length > 0);
  return { teacher, student: { handedIn, attempts }, hasStudent };
}

/** Version-1 teacher data as version 2: the student's fields dropped (split them off first with splitTeacherV1). */
export function teacherV1toV2(data: unknown): unknown {
  return splitTeacherV1(data)?.teacher ?? data;
}

/**
 * A stored teacher envelope of version 1, split: the teacher's envelope (version 2, same epoch) and the student's
 * (version 1) if it holds anything. Null when `raw` is not a version-1 envelope (nothing to move).
 */
export function splitLegacyEnvelope(raw: unknown): { teacher: object; student: object | null } | null {
  const env = raw as { state?: unknown; version?: unknown; epoch?: unknown } | null;
  const split = env?.version === 1 ? splitTeacherV1(env.state) : null;
  if (!split) return null;
  const epoch = typeof env?.epoch === "string" ? { epoch: env.epoch } : {};
  return {
    teacher: { state: split.teacher, version: TEACHER_VERSION, ...epoch },
    student: split.hasStudent ? { state: split.student, version: 1 } : null,
  };
}
