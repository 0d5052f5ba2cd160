// What the result inbox saves on this device: the teacher's inboxes and keys, and the student's results waiting to be
// sent. One schema per shape, types inferred from it, and the merge of two tabs' copies.
import * as v from "valibot";
import { dictOf, validator } from "../validate";

// valibot's number refuses NaN; JSON cannot hold Infinity.
const num = v.number();

export const TeacherInboxSchema = v.object({
  assignmentId: v.string(),
  id: v.string(),
  /** The inbox server's address; "" for the server this app came from. */
  url: v.string(),
  /** SECRET: the teacher key, shown once by the server. Backups carry it; keep them private. */
  secretKey: v.string(),
  /** The last result sequence number added to the gradebook. */
  cursor: num,
  createdAt: num,
  expiresAt: num,
  closed: v.boolean(),
});

export const OutgoingSchema = v.object({
  code: v.string(),
  assignmentId: v.string(),
  inbox: v.object({ id: v.string(), url: v.string() }),
  queuedAt: num,
  attempts: num,
  /** Epoch ms of the next try. */
  nextAt: num,
  receipt: v.nullable(v.object({ id: v.string(), receivedAt: num })),
  /** Set when the inbox refused the result for good (closed, deleted, full): the link and code are the way now. */
  refused: v.nullable(v.string()),
  lastError: v.nullable(v.string()),
});

export const InboxDataSchema = v.object({
  /** An inbox server the teacher named; "" for the app's own. */
  server: v.string(),
  /** By assignment id. */
  inboxes: dictOf(TeacherInboxSchema),
  /** By result code. */
  outbox: dictOf(OutgoingSchema),
  /** Inbox ids the teacher deleted, so another tab's copy does not bring them back. */
  deleted: v.array(v.string()),
});

export type TeacherInbox = v.InferOutput<typeof TeacherInboxSchema>;
export type Outgoing = v.InferOutput<typeof OutgoingSchema>;
export type InboxData = v.InferOutput<typeof InboxDataSchema>;

export const MAX_DELETED = 200;

export const EMPTY_INBOX_DATA: InboxData = { server: "", inboxes: {}, outbox: {}, deleted: [] };

/** The saved inbox data if `data` has its shape, else null. */
export const parseInboxData = validator(InboxDataSchema);

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
