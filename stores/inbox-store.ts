"use client";

// Result inboxes on this device. The teacher's side: each assignment's inbox and its key (a secret: whoever holds it
// reads the results), and how far the gradebook has read. The student's side: results waiting to be sent, kept until
// the inbox gives a receipt, so a result is never lost and, the server being idempotent, never counted twice.
import { create } from "zustand";
import { persist } from "zustand/middleware";
import type { InboxRef } from "@/core/assignment/link/assignment-code";
import { persistedOptions, persistedStore } from "./persisted";
import { EMPTY_INBOX_DATA, MAX_DELETED, type InboxData, type Outgoing, type TeacherInbox } from "@/core/inbox/saved";
import { INBOX_DATA } from "./saved/inbox";

export type { Outgoing, TeacherInbox } from "@/core/inbox/saved";

type InboxState = InboxData & {
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
      persistedOptions<InboxState, InboxData>(INBOX_DATA),
    ),
  ),
);
