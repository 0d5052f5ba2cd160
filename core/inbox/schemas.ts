// The result inbox's saved shapes (./saved has their types and the empty data): one schema
// each. Loaded only to read saved data (stores/saved/inbox.ts loads it on demand).
import * as v from "valibot";
import { entriesOf, savedObject, validator } from "../validate";

// valibot's number refuses NaN; JSON cannot hold Infinity.
const num = v.number();

export const TeacherInboxSchema = savedObject({
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

export const OutgoingSchema = savedObject({
  code: v.string(),
  assignmentId: v.string(),
  inbox: savedObject({ id: v.string(), url: v.string() }),
  queuedAt: num,
  attempts: num,
  /** Epoch ms of the next try. */
  nextAt: num,
  receipt: v.nullable(savedObject({ id: v.string(), receivedAt: num })),
  /** Set when the inbox refused the result for good (closed, deleted, full): the link and code are the way now. */
  refused: v.nullable(v.string()),
  lastError: v.nullable(v.string()),
});

export const InboxDataSchema = savedObject({
  /** An inbox server the teacher named; "" for the app's own. */
  server: v.string(),
  /** By assignment id. */
  inboxes: entriesOf(TeacherInboxSchema),
  /** By result code. */
  outbox: entriesOf(OutgoingSchema),
  /** Inbox ids the teacher deleted, so another tab's copy does not bring them back. */
  deleted: v.array(v.string()),
});

/** The saved inbox data if `data` has its shape, else null. */
export const parseInboxData = validator(InboxDataSchema);
