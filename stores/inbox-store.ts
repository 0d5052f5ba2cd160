"use client";

// Result inboxes on this device. The teacher's side: each assignment's inbox and its key (a secret: whoever holds it
// reads the results), and how far the gradebook has read. The student's side: results waiting to be sent, kept until
// the inbox gives a receipt, so a result is never lost and, the server being idempotent, never counted twice.
import { create } from "zustand";
import { persist } from "zustand/middleware";
import type { InboxRef } from "@/core/assignment/assignment-code";
import { STORAGE_KEYS } from "@/lib/storage";
import type { SavedKind } from "./persist/kind";
import { persistedOptions, persistedStore } from "./persisted";

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

type Saved = {
  /** An inbox server the teacher named; "" for the app's own. */
  server: string;
  /** By assignment id. */
  inboxes: Record<string, TeacherInbox>;
  /** By result code. */
  outbox: Record<string, Outgoing>;
  /** Inbox ids the teacher deleted, so another tab's copy does not bring them back. */
  deleted: string[];
};

type InboxState = Saved & {
  setServer: (url: string) => void;
  saveInbox: (inbox: TeacherInbox) => void;
  advanceCursor: (assignmentId: string, cursor: number, closed: boolean) => void;
  markClosed: (assignmentId: string) => void;
  forgetInbox: (assignmentId: string) => void;
  queueResult: (code: string, assignmentId: string, inbox: InboxRef, now: number) => void;
  recordAttempt: (
    code: string,
    patch: Partial<Pick<Outgoing, "attempts" | "nextAt" | "receipt" | "refused" | "lastError">>,
  ) => void;
};

const MAX_DELETED = 200;

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

export function validateInbox(data: unknown): Saved | null {
  if (!isObj(data) || !isStr(data.server) || !isObj(data.inboxes) || !isObj(data.outbox)) return null;
  if (!Array.isArray(data.deleted) || !data.deleted.every(isStr)) return null;
  if (!Object.values(data.inboxes).every(okInbox) || !Object.values(data.outbox).every(okOutgoing)) return null;
  return data as Saved;
}

/** Both tabs' inboxes (the further cursor wins) and outboxes (a receipt wins); deleted inboxes stay deleted. */
export function combineInbox(saved: Saved, mine: Saved): Saved {
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

const EMPTY_INBOX_DATA: Saved = { server: "", inboxes: {}, outbox: {}, deleted: [] };

/** Result inboxes: the teacher's keys and cursors, the student's outbox. (Its checks are still hand-written here.) */
export const INBOX_DATA: SavedKind<Saved> = {
  name: STORAGE_KEYS.inbox,
  version: 1,
  validate: validateInbox,
  combine: combineInbox,
  empty: EMPTY_INBOX_DATA,
};

export const useInboxStore = persistedStore(
  create<InboxState>()(
    persist(
      (set) => ({
        ...EMPTY_INBOX_DATA,
        setServer: (server) => set({ server }),
        saveInbox: (inbox) => set((s) => ({ inboxes: { ...s.inboxes, [inbox.assignmentId]: inbox } })),
        advanceCursor: (assignmentId, cursor, closed) =>
          set((s) => {
            const i = s.inboxes[assignmentId];
            if (!i) return s;
            return { inboxes: { ...s.inboxes, [assignmentId]: { ...i, cursor: Math.max(i.cursor, cursor), closed } } };
          }),
        markClosed: (assignmentId) =>
          set((s) => {
            const i = s.inboxes[assignmentId];
            return i ? { inboxes: { ...s.inboxes, [assignmentId]: { ...i, closed: true } } } : s;
          }),
        forgetInbox: (assignmentId) =>
          set((s) => {
            const i = s.inboxes[assignmentId];
            if (!i) return s;
            const inboxes = { ...s.inboxes };
            delete inboxes[assignmentId];
            return { inboxes, deleted: [...s.deleted, i.id].slice(-MAX_DELETED) };
          }),
        queueResult: (code, assignmentId, inbox, now) =>
          set((s) =>
            s.outbox[code]
              ? s
              : {
                  outbox: {
                    ...s.outbox,
                    [code]: {
                      code,
                      assignmentId,
                      inbox,
                      queuedAt: now,
                      attempts: 0,
                      nextAt: now,
                      receipt: null,
                      refused: null,
                      lastError: null,
                    },
                  },
                },
          ),
        recordAttempt: (code, patch) =>
          set((s) => {
            const o = s.outbox[code];
            return o ? { outbox: { ...s.outbox, [code]: { ...o, ...patch } } } : s;
          }),
      }),
      persistedOptions<InboxState, Saved>(INBOX_DATA),
    ),
  ),
);
