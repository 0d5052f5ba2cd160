"use client";

// Teacher and student assignment data on this device: saved assignments, the gradebook's result codes, and on the
// student's side the assignment in progress and the results handed in. Codes are stored as codes and decoded on use,
// so what is saved is exactly what was sent.
import { create } from "zustand";
import { persist } from "zustand/middleware";
import {
  EMPTY_TEACHER_DATA,
  MAX_REMOVED,
  MAX_RESULTS,
  type AssignmentAttempt,
  type HandedIn,
  type SavedAssignment,
  type SentVia,
  type TeacherData,
} from "@/core/assignment/saved";
import { acceptsAnswers } from "@/core/assignment/deadline";
import { persistedOptions, persistedStore } from "./persisted";
import { TEACHER_DATA } from "./saved/teacher";

export type { AssignmentAttempt, HandedIn, ReceivedResult, SavedAssignment, SentVia } from "@/core/assignment/saved";

type TeacherState = TeacherData & {
  saveAssignment: (a: Omit<SavedAssignment, "savedAt">, now: number) => void;
  removeAssignment: (code: string) => void;
  /** Keeps a class list with the saved assignment(s) of this id (an empty list removes it). */
  setRoster: (assignmentId: string, names: string[]) => void;
  /** Adds result codes to the gradebook; returns how many were new. */
  addResults: (codes: string[], now: number) => number;
  removeResult: (code: string) => void;
  startAttempt: (attempt: Omit<AssignmentAttempt, "updatedAt" | "responses" | "index" | "flags">, now: number) => void;
  updateAttempt: (
    assignmentId: string,
    patch: Partial<Pick<AssignmentAttempt, "responses" | "index" | "flags">>,
    now: number,
  ) => void;
  /** Files the result and ends the attempt. */
  finishAttempt: (handedIn: HandedIn) => void;
  /** Records that the student sent a result on (copied it, e-mailed it, shared it, or an inbox received it). */
  markSent: (code: string, via: SentVia, now: number) => void;
};

export const useTeacherStore = persistedStore(
  create<TeacherState>()(
    persist(
      (set) => ({
        ...EMPTY_TEACHER_DATA,
        saveAssignment: (a, now) =>
          set((s) => {
            // Saved again (the same link, or its inbox added): the class list stays with it.
            const roster = s.assignments.find((x) => x.id === a.id)?.roster;
            return {
              assignments: [
                { ...a, savedAt: now, ...(roster ? { roster } : {}) },
                ...s.assignments.filter((x) => x.code !== a.code),
              ],
              removed: s.removed.filter((c) => c !== a.code),
            };
          }),
        removeAssignment: (code) =>
          set((s) => ({
            assignments: s.assignments.filter((a) => a.code !== code),
            removed: [...s.removed, code].slice(-MAX_REMOVED),
          })),
        setRoster: (assignmentId, names) =>
          set((s) => ({
            assignments: s.assignments.map((a) =>
              a.id !== assignmentId ? a : names.length ? { ...a, roster: names } : { ...a, roster: undefined },
            ),
          })),
        addResults: (codes, now) => {
          let added = 0;
          set((s) => {
            const have = new Set(s.results.map((r) => r.code));
            const fresh = [...new Set(codes)].filter((c) => !have.has(c));
            added = fresh.length;
            const again = new Set(fresh);
            return {
              results: [...s.results, ...fresh.map((code) => ({ code, receivedAt: now }))].slice(-MAX_RESULTS),
              removed: s.removed.filter((c) => !again.has(c)),
            };
          });
          return added;
        },
        removeResult: (code) =>
          set((s) => ({
            results: s.results.filter((r) => r.code !== code),
            removed: [...s.removed, code].slice(-MAX_REMOVED),
          })),
        startAttempt: (a, now) =>
          set((s) => ({
            attempts: { ...s.attempts, [a.assignmentId]: { ...a, responses: {}, index: 0, flags: [], updatedAt: now } },
          })),
        updateAttempt: (assignmentId, patch, now) =>
          set((s) => {
            const current = s.attempts[assignmentId];
            // Nothing is saved from the deadline on: the result holds what was answered in time.
            if (!current || !acceptsAnswers(current, now)) return s;
            return { attempts: { ...s.attempts, [assignmentId]: { ...current, ...patch, updatedAt: now } } };
          }),
        finishAttempt: (h) =>
          set((s) => {
            const attempts = { ...s.attempts };
            delete attempts[h.assignmentId];
            return { attempts, handedIn: [h, ...s.handedIn.filter((x) => x.code !== h.code)] };
          }),
        markSent: (code, via, now) =>
          set((s) => ({
            handedIn: s.handedIn.map((h) => (h.code === code ? { ...h, sentAt: now, sentVia: via } : h)),
          })),
      }),
      persistedOptions<TeacherState, TeacherData>(TEACHER_DATA),
    ),
  ),
);
