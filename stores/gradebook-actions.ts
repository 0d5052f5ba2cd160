"use client";

// The gradebook's actions on the teacher store: adding and removing result codes by core's rules
// (core/assignment/results). Apart from the store, so that /teach, which only saves assignments, does not load them.
import { addResultCodes, removeResultCode, type AddOptions } from "@/core/assignment/gradebook/results";
import type { PageSave } from "@/core/inbox/sync";
import { registered } from "./persist/registry";
import { useStorageStatus } from "./storage-status";
import { TEACHER_DATA } from "./saved/teacher";
import { useTeacherStore } from "./teacher-store";

/** Adds result codes to the gradebook: how many were new and added, and how many did not fit (not added). */
export function addResults(codes: string[], now: number, options?: AddOptions): { added: number; refused: number } {
  let out = { added: 0, refused: 0 };
  useTeacherStore.setState((s) => {
    const { results, removed, added, refused } = addResultCodes(s, codes, now, options);
    out = { added, refused };
    return added > 0 ? { results, removed } : s;
  });
  return out;
}

/** Removes a result from the gradebook (kept in `removed`, so another tab's copy does not bring it back). */
export function removeResult(code: string): void {
  useTeacherStore.setState((s) => removeResultCode(s, code));
}

/**
 * Adds an inbox page's codes (leaving out those the teacher removed) and resolves once they are stored. If storage is
 * full they are taken back out, and the answer says so, so the inbox cursor never moves past results that were not
 * saved (and the next sync adds them again). With no storage at all (private mode) they stay in this page's memory.
 */
export async function saveInboxResults(codes: string[], now: number): Promise<PageSave> {
  const before = new Set(useTeacherStore.getState().results.map((r) => r.code));
  const out = addResults(codes, now, { keepRemoved: true });
  if (out.added === 0) return { ok: true, ...out };
  await registered(TEACHER_DATA.name)?.adapter.settled();
  const full = useStorageStatus.getState().problems.some((p) => p.kind === "quota" && p.key === TEACHER_DATA.name);
  if (!full) return { ok: true, ...out };
  useTeacherStore.setState((s) => ({ results: s.results.filter((r) => before.has(r.code)) }));
  return { ok: false, reason: "quota" };
}
