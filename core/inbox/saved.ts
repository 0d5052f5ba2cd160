// What the result inbox saves on this device: the teacher's inboxes and keys, and the student's results waiting to be
// sent. Types inferred from the schemas (./schemas, with the check parseInboxData, loaded only when there is saved
// data to read), the empty data, and the merge of two tabs' copies.
import type { InferOutput } from "valibot";
import type { InboxDataSchema, OutgoingSchema, TeacherInboxSchema } from "./schemas";

export type TeacherInbox = InferOutput<typeof TeacherInboxSchema>;
export type Outgoing = InferOutput<typeof OutgoingSchema>;
export type InboxData = InferOutput<typeof InboxDataSchema>;

export const MAX_DELETED = 200;

export const EMPTY_INBOX_DATA: InboxData = { server: "", inboxes: {}, outbox: {}, deleted: [] };

/** Both tabs' inboxes (the further cursor wins) and outboxes (a receipt wins); deleted inboxes stay deleted. */
export function combineInbox(saved: InboxData, mine: InboxData): InboxData {
  const deleted = [...new Set([...saved.deleted, ...mine.deleted])].slice(-MAX_DELETED);
  const gone = new Set(deleted);
  const inboxes: Record<string, TeacherInbox> = {};
  for (const i of [...Object.values(saved.inboxes), ...Object.values(mine.inboxes)]) {
    if (gone.has(i.id)) continue;
    const prev = inboxes[i.assignmentId];
    if (!prev || (prev.id !== i.id && i.createdAt > prev.createdAt)) inboxes[i.assignmentId] = i;
    else if (prev.id === i.id)
      inboxes[i.assignmentId] = { ...i, cursor: Math.max(prev.cursor, i.cursor), closed: prev.closed || i.closed };
  }
  const outbox: Record<string, Outgoing> = { ...saved.outbox };
  for (const o of Object.values(mine.outbox)) {
    const prev = outbox[o.code];
    if (!prev || (!prev.receipt && (o.receipt || o.attempts >= prev.attempts))) outbox[o.code] = o;
  }
  return { server: mine.server, inboxes, outbox, deleted };
}
