"use client";

// The teacher's data on this device: saved assignments and the gradebook's result codes (a student's own attempts are
// in ./student-store, under their own key). Codes are stored as codes and decoded on use, so what is saved is exactly
// what was sent. Adding and removing results (the gradebook's actions) is ./gradebook-actions.
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { EMPTY_TEACHER_DATA, MAX_REMOVED, type SavedAssignment, type TeacherData } from "@/core/assignment/saved/saved";
import { persistedOptions, persistedStore } from "./persisted";
import { TEACHER_DATA } from "./saved/teacher";

export type { ReceivedResult, SavedAssignment } from "@/core/assignment/saved/saved";

type TeacherState = TeacherData & {
  saveAssignment: (a: Omit<SavedAssignment, "savedAt">, now: number) => void;
  removeAssignment: (code: string) => void;
  /** Keeps a class list with the saved assignment(s) of this id (an empty list removes it). */
  setRoster: (assignmentId: string, names: string[]) => void;
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
      }),
      persistedOptions<TeacherState, TeacherData>(TEACHER_DATA),
    ),
  ),
);
