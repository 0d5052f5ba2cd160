"use client";

// The teacher's data on this device: saved assignments and the gradebook's result codes (a student's own attempts are
// in ./student-store, under their own key). Codes are stored as codes and decoded on use, so what is saved is exactly
// what was sent. The rules for adding and removing results are core's (core/assignment/results).
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { EMPTY_TEACHER_DATA, MAX_REMOVED, type SavedAssignment, type TeacherData } from "@/core/assignment/saved";
import { addResultCodes, removeResultCode, type AddOptions } from "@/core/assignment/results";
import type { PageSave } from "@/core/inbox/sync";
import { registered } from "./persist/registry";
import { useStorageStatus } from "./storage-status";
import { persistedOptions, persistedStore } from "./persisted";
import { TEACHER_DATA } from "./saved/teacher";

export type { ReceivedResult, SavedAssignment } from "@/core/assignment/saved";

type TeacherState = TeacherData & {
  saveAssignment: (a: Omit<SavedAssignment, "savedAt">, now: number) => void;
  removeAssignment: (code: string) => void;
  /** Keeps a class list with the saved assignment(s) of this id (an empty list removes it). */
  setRoster: (assignmentId: string, names: string[]) => void;
  /** Adds result codes to the gradebook: how many were new and added, and how many did not fit (not added). */
  addResults: (codes: string[], now: number, options?: AddOptions) => { added: number; refused: number };
  removeResult: (code: string) => void;
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
        addResults: (codes, now, options) => {
          let out = { added: 0, refused: 0 };
          set((s) => {
            const { results, removed, added, refused } = addResultCodes(s, codes, now, options);
            out = { added, refused };
            return added > 0 ? { results, removed } : s;
          });
          return out;
        },
        removeResult: (code) => set((s) => removeResultCode(s, code)),
      }),
      persistedOptions<TeacherState, TeacherData>(TEACHER_DATA),
    ),
  ),
);

/**
 * Adds an inbox page's codes (leaving out those the teacher removed) and resolves once they are stored. If storage is
 * full they are taken back out, and the answer says so, so the inbox cursor never moves past results that were not
 * saved (and the next sync adds them again). With no storage at all (private mode) they stay in this page's memory.
 */
export async function saveInboxResults(codes: string[], now: number): Promise<PageSave> {
  const before = new Set(useTeacherStore.getState().results.map((r) => r.code));
  const out = useTeacherStore.getState().addResults(codes, now, { keepRemoved: true });
  if (out.added === 0) return { ok: true, ...out };
  await registered(TEACHER_DATA.name)?.adapter.settled();
  const full = useStorageStatus.getState().problems.some((p) => p.kind === "quota" && p.key === TEACHER_DATA.name);
  if (!full) return { ok: true, ...out };
  useTeacherStore.setState((s) => ({ results: s.results.filter((r) => before.has(r.code)) }));
  return { ok: false, reason: "quota" };
}
