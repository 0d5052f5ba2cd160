// What the result inbox saves on this device: the teacher's inboxes and keys, and the student's results waiting to be
// sent. Types inferred from the schemas and the empty data. The check (./schemas) and the merge of two tabs' copies
// (./merge) load only when there is saved data to read.
import type { InferOutput } from "valibot";
import type { InboxDataSchema, OutgoingSchema, TeacherInboxSchema } from "./schemas";

export type TeacherInbox = InferOutput<typeof TeacherInboxSchema>;
export type Outgoing = InferOutput<typeof OutgoingSchema>;
export type InboxData = InferOutput<typeof InboxDataSchema>;

export const MAX_DELETED = 200;

export const EMPTY_INBOX_DATA: InboxData = { server: "", inboxes: {}, outbox: {}, deleted: [] };
