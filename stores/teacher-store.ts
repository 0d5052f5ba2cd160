"use client";

// Teacher and student assignment data on this device: saved assignments, the gradebook's result codes, and on the
// student's side the assignment in progress and the results handed in. Codes are stored as codes and decoded on use,
// so what is saved is exactly what was sent.
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { acceptsAnswers } from "@/core/assignment/attempt";
import type { ResultEnding } from "@/core/assignment/result-code";
import type { Response } from "@/core/quiz/types";
import { STORAGE_KEYS } from "@/lib/storage";
import { persistedOptions } from "./persisted";

export type SavedAssignment = { code: string; id: string; title: string; savedAt: number };
export type ReceivedResult = { code: string; receivedAt: number };
/** How a student sent a result on: until one of these, it is not handed in. */
export type SentVia = "copy" | "email" | "share" | "inbox";

export type HandedIn = {
  code: string;
  assignmentId: string;
  assignmentCode: string;
  title: string;
  submittedAt: number;
  /** The name the student gave, so a retake starts with it. */
  name?: string;
  /** Which attempt this was (1 when saved before attempts were counted). */
  attempt?: number;
  /** How the attempt ended (absent: finished, when saved before endings were recorded). */
  ending?: ResultEnding;
  /** When and how the student last sent it to the teacher; absent while it has not been sent. */
  sentAt?: number;
  sentVia?: SentVia;
};

/** A student's assignment attempt, kept through reloads until submitted. Times are epoch ms. */
export type AssignmentAttempt = {
  assignmentId: string;
  assignmentCode: string;
  name: string;
  startedAt: number;
  /** Epoch ms when time runs out, or null for no limit. */
  deadline: number | null;
  responses: Record<string, Response>;
  index: number;
  flags: string[];
  updatedAt: number;
};

type Saved = {
  assignments: SavedAssignment[];
  results: ReceivedResult[];
  handedIn: HandedIn[];
  /** By assignment id. */
  attempts: Record<string, AssignmentAttempt>;
  /** Codes the teacher removed, so another tab's copy does not bring them back. */
  removed: string[];
};

type TeacherState = Saved & {
  saveAssignment: (a: Omit<SavedAssignment, "savedAt">, now: number) => void;
  removeAssignment: (code: string) => void;
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

const MAX_RESULTS = 2000;
const MAX_REMOVED = 500;

const byCode = <T extends { code: string }>(...lists: T[][]): T[] => {
  const seen = new Map<string, T>();
  for (const list of lists) for (const item of list) if (!seen.has(item.code)) seen.set(item.code, item);
  return [...seen.values()];
};

/** Union of both sides; removed codes stay removed; an attempt already handed in is not brought back. */
export function combineTeacher(saved: Saved, mine: Saved): Saved {
  const removed = [...new Set([...saved.removed, ...mine.removed])].slice(-MAX_REMOVED);
  const gone = new Set(removed);
  // A result sent from the other tab stays marked as sent.
  const sentElsewhere = new Map(saved.handedIn.filter((h) => h.sentAt).map((h) => [h.code, h]));
  const handedIn = byCode(mine.handedIn, saved.handedIn).map((h) => (h.sentAt ? h : (sentElsewhere.get(h.code) ?? h)));
  const attempts: Record<string, AssignmentAttempt> = {};
  for (const a of [...Object.values(saved.attempts), ...Object.values(mine.attempts)]) {
    const prev = attempts[a.assignmentId];
    if (!prev || a.updatedAt >= prev.updatedAt) attempts[a.assignmentId] = a;
  }
  for (const [id, a] of Object.entries(attempts))
    if (handedIn.some((h) => h.assignmentId === id && h.submittedAt >= a.startedAt)) delete attempts[id];
  return {
    assignments: byCode(mine.assignments, saved.assignments).filter((a) => !gone.has(a.code)),
    results: byCode(mine.results, saved.results)
      .filter((r) => !gone.has(r.code))
      .slice(-MAX_RESULTS),
    handedIn,
    attempts,
    removed,
  };
}

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isStr = (v: unknown): v is string => typeof v === "string";
const isNum = (v: unknown): v is number => typeof v === "number" && Number.isFinite(v);

/** Shape check of saved data (the codes themselves are decoded, and checked, where they are used). */
export function validateTeacher(data: unknown): Saved | null {
  if (!isObj(data)) return null;
  const { assignments, results, handedIn, attempts, removed } = data;
  if (!Array.isArray(assignments) || !Array.isArray(results) || !Array.isArray(handedIn)) return null;
  if (!isObj(attempts) || !Array.isArray(removed) || !removed.every(isStr)) return null;
  const okAssignment = (a: unknown) => isObj(a) && isStr(a.code) && isStr(a.id) && isStr(a.title) && isNum(a.savedAt);
  const okResult = (r: unknown) => isObj(r) && isStr(r.code) && isNum(r.receivedAt);
  const okHandedIn = (h: unknown) =>
    isObj(h) &&
    isStr(h.code) &&
    isStr(h.assignmentId) &&
    isStr(h.assignmentCode) &&
    isStr(h.title) &&
    isNum(h.submittedAt);
  const okAttempt = (a: unknown) =>
    isObj(a) &&
    isStr(a.assignmentId) &&
    isStr(a.assignmentCode) &&
    isStr(a.name) &&
    isNum(a.startedAt) &&
    (a.deadline === null || isNum(a.deadline)) &&
    isObj(a.responses) &&
    Object.values(a.responses).every((r) => isObj(r) && isStr(r.type)) &&
    isNum(a.index) &&
    Array.isArray(a.flags) &&
    a.flags.every(isStr) &&
    isNum(a.updatedAt);
  if (!assignments.every(okAssignment) || !results.every(okResult) || !handedIn.every(okHandedIn)) return null;
  if (!Object.values(attempts).every(okAttempt)) return null;
  return data as Saved;
}

export const useTeacherStore = create<TeacherState>()(
  persist(
    (set) => ({
      assignments: [],
      results: [],
      handedIn: [],
      attempts: {},
      removed: [],
      saveAssignment: (a, now) =>
        set((s) => ({
          assignments: [{ ...a, savedAt: now }, ...s.assignments.filter((x) => x.code !== a.code)],
          removed: s.removed.filter((c) => c !== a.code),
        })),
      removeAssignment: (code) =>
        set((s) => ({
          assignments: s.assignments.filter((a) => a.code !== code),
          removed: [...s.removed, code].slice(-MAX_REMOVED),
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
    persistedOptions<TeacherState, Saved>({
      name: STORAGE_KEYS.teacher,
      version: 1,
      partialize: ({ assignments, results, handedIn, attempts, removed }) => ({
        assignments,
        results,
        handedIn,
        attempts,
        removed,
      }),
      validate: validateTeacher,
      combine: combineTeacher,
    }),
  ),
);
