import { combineInbox, EMPTY_INBOX_DATA, type InboxData } from "@/core/inbox/saved";
import { STORAGE_KEYS } from "@/lib/storage";
import type { SavedKind } from "../persist/kind";

/** Result inboxes: in backups too, so the teacher key (`secretKey`) travels with the teacher's data. */
export const INBOX_DATA: SavedKind<InboxData> = {
  name: STORAGE_KEYS.inbox,
  version: 1,
  // The schema (and valibot) is loaded only when there is saved data to read or merge.
  schema: () => import("@/core/inbox/schemas").then((m) => ({ validate: m.parseInboxData })),
  combine: combineInbox,
  empty: EMPTY_INBOX_DATA,
};
