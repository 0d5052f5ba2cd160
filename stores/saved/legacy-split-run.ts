import { splitLegacyEnvelope } from "@/core/assignment/saved/split";
import { readItem, STORAGE_KEYS, writeItem } from "@/lib/storage";

// The split itself, loaded by ./legacy-split only on a device that still holds version-1 teacher data.

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
