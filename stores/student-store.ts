"use client";

// A student's own assignment data on this device: the assignment in progress and the results handed in. Under its own
// key, apart from the teacher's gradebook (./teacher-store), so a keystroke here never rewrites the gradebook and
// each can be reset alone. Codes are stored as codes, so what is saved is exactly what was sent.
import { create } from "zustand";
import { persist } from "zustand/middleware";
import {
  EMPTY_STUDENT_DATA,
  type AssignmentAttempt,
  type HandedIn,
  type SentVia,
  type StudentData,
} from "@/core/assignment/saved/saved";
import { acceptsAnswers } from "@/core/assignment/attempt/deadline";
import { attemptKey } from "@/core/assignment/attempt/names";
import { persistedOptions, persistedStore } from "./persisted";
import { STUDENT_DATA } from "./saved/student";

export type { AssignmentAttempt, HandedIn, SentVia } from "@/core/assignment/saved/saved";

type StudentState = StudentData & {
  startAttempt: (attempt: Omit<AssignmentAttempt, "updatedAt" | "responses" | "index" | "flags">, now: number) => void;
  /** Changes the attempt kept under `key` (attemptKey of its assignment and name). */
  updateAttempt: (
    key: string,
    patch: Partial<Pick<AssignmentAttempt, "responses" | "index" | "flags">>,
    now: number,
  ) => void;
  /** Files the result and ends the attempt kept under `key`. */
  finishAttempt: (key: string, handedIn: HandedIn) => void;
  /** Records that the student sent a result on (copied it, e-mailed it, shared it, or an inbox received it). */
  markSent: (code: string, via: SentVia, now: number) => void;
};

export const useStudentStore = persistedStore(
  create<StudentState>()(
    persist(
      (set) => ({
        ...EMPTY_STUDENT_DATA,
        startAttempt: (a, now) =>
          set((s) => ({
            attempts: {
              ...s.attempts,
              [attemptKey(a.assignmentId, a.name)]: { ...a, responses: {}, index: 0, flags: [], updatedAt: now },
            },
          })),
        updateAttempt: (key, patch, now) =>
          set((s) => {
            const current = s.attempts[key];
            // Nothing is saved from the deadline on: the result holds what was answered in time.
            if (!current || !acceptsAnswers(current, now)) return s;
            return { attempts: { ...s.attempts, [key]: { ...current, ...patch, updatedAt: now } } };
          }),
        finishAttempt: (key, h) =>
          set((s) => {
            const attempts = { ...s.attempts };
            delete attempts[key];
            return { attempts, handedIn: [h, ...s.handedIn.filter((x) => x.code !== h.code)] };
          }),
        markSent: (code, via, now) =>
          set((s) => ({
            handedIn: s.handedIn.map((h) => (h.code === code ? { ...h, sentAt: now, sentVia: via } : h)),
          })),
      }),
      persistedOptions<StudentState, StudentData>(STUDENT_DATA),
    ),
  ),
);
