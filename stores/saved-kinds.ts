// The one list of persisted data. Each store is created from its entry (one small module per kind, whose schema is
// loaded only when there is saved data to check), and backup, restore and reset go over exactly this list, so they cover
// every key whether or not the page has loaded that store.
import type { SavedKind } from "./persist/kind";
import { DECK_DATA } from "./saved/deck";
import { INBOX_DATA } from "./saved/inbox";
import { QUIZ_DATA } from "./saved/quiz";
import { STUDENT_DATA } from "./saved/student";
import { TEACHER_DATA } from "./saved/teacher";

export const SAVED_KINDS: readonly SavedKind<unknown>[] = [
  QUIZ_DATA,
  DECK_DATA,
  STUDENT_DATA,
  TEACHER_DATA,
  INBOX_DATA,
] as SavedKind<unknown>[];
