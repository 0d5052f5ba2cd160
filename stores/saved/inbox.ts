import { EMPTY_INBOX_DATA, type InboxData } from "@/core/inbox/saved";
import { STORAGE_KEYS } from "@/lib/storage";
import type { SavedKind } from "../persist/kind";

/** Result inboxes: in backups too, so the teacher key (`secretKey`) travels with the teacher's data. */
export const INBOX_DATA: SavedKind<InboxData> = {
  name: STORAGE_KEYS.inbox,
  version: 1,
  load: async () => {
    const [schemas, merge] = await Promise.all([import("@/core/inbox/schemas"), import("@/core/inbox/merge")]);
    return { validate: schemas.parseInboxData, combine: merge.combineInbox };
  },
  teacherData: true,
  // The teacher's inboxes and keys go; a student's results still waiting to be sent stay.
  keepOnTeacherReset: (data) => {
    const d = data as InboxData | undefined;
    return d ? { ...EMPTY_INBOX_DATA, server: d.server, outbox: d.outbox } : null;
  },
  empty: EMPTY_INBOX_DATA,
};
