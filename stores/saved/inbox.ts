// The result inbox's saved data: the teacher's inboxes and keys, and the student's results waiting to be sent.
import type { InboxRef } from "@/core/assignment/assignment-code";
import { STORAGE_KEYS } from "@/lib/storage";
import type { SavedKind } from "../persist/kind";

export type TeacherInbox = {
  assignmentId: string;
  id: string;
  /** The inbox server's address; "" for the server this app came from. */
  url: string;
  /** SECRET: the teacher key, shown once by the server. Backups carry it; keep them private. */
  secretKey: string;
  /** The last result sequence number added to the gradebook. */
  cursor: number;
  createdAt: number;
  expiresAt: number;
  closed: boolean;
};

export type Outgoing = {
  code: string;
  assignmentId: string;
  inbox: InboxRef;
  queuedAt: number;
  attempts: number;
  /** Epoch ms of the next try. */
  nextAt: number;
  receipt: { id: string; receivedAt: number } | null;
  /** Set when the inbox refused the result for good (closed, deleted, full): the link and code are the way now. */
  refused: string | null;
  lastError: string | null;
};

export type InboxData = {
  /** An inbox server the teacher named; "" for the app's own. */
  server: string;
  /** By assignment id. */
  inboxes: Record<string, TeacherInbox>;
  /** By result code. */
  outbox: Record<string, Outgoing>;
  /** Inbox ids the teacher deleted, so another tab's copy does not bring them back. */
  deleted: string[];
};

export const MAX_DELETED = 200;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === "string";
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

function okInbox(v: unknown): v is TeacherInbox {
  return (
    isObj(v) &&
    isStr(v.assignmentId) &&
    isStr(v.id) &&
    isStr(v.url) &&
    isStr(v.secretKey) &&
    isNum(v.cursor) &&
    isNum(v.createdAt) &&
    isNum(v.expiresAt) &&
    typeof v.closed === "boolean"
  );
}

function okOutgoing(v: unknown): v is Outgoing {
  return (
    isObj(v) &&
    isStr(v.code) &&
    isStr(v.assignmentId) &&
    isObj(v.inbox) &&
    isStr(v.inbox.id) &&
    isStr(v.inbox.url) &&
    isNum(v.queuedAt) &&
    isNum(v.attempts) &&
    isNum(v.nextAt) &&
    (v.receipt === null || (isObj(v.receipt) && isStr(v.receipt.id) && isNum(v.receipt.receivedAt))) &&
    (v.refused === null || isStr(v.refused)) &&
    (v.lastError === null || isStr(v.lastError))
  );
}

export function validateInbox(data: unknown): InboxData | null {
  if (!isObj(data) || !isStr(data.server) || !isObj(data.inboxes) || !isObj(data.outbox)) return null;
  if (!Array.isArray(data.deleted) || !data.deleted.every(isStr)) return null;
  if (!Object.values(data.inboxes).every(okInbox) || !Object.values(data.outbox).every(okOutgoing)) return null;
  return data as InboxData;
}

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

export const EMPTY_INBOX_DATA: InboxData = { server: "", inboxes: {}, outbox: {}, deleted: [] };

/** Result inboxes: in backups too, so the teacher key (`secretKey`) travels with the teacher's data. */
export const INBOX_DATA: SavedKind<InboxData> = {
  name: STORAGE_KEYS.inbox,
  version: 1,
  validate: validateInbox,
  combine: combineInbox,
  empty: EMPTY_INBOX_DATA,
};
