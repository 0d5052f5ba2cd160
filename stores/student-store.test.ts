import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { combineStudentData } from "@/core/assignment/saved/merge";
import { EMPTY_STUDENT_DATA } from "@/core/assignment/saved/saved";
import { STORAGE_KEYS } from "@/lib/storage";
import { FakeStorage } from "@/test-fixtures/fake-storage";
import type { HandedIn } from "./student-store";

const NOW = Date.UTC(2026, 10, 30, 9);
const handedIn = (code: string, over: Partial<HandedIn> = {}): HandedIn => ({
  code,
  assignmentId: "a1",
  assignmentCode: "x",
  title: "T",
  submittedAt: NOW,
  ...over,
});
const attempt = {
  assignmentId: "a2",
  assignmentCode: "y",
  name: "Ana",
  startedAt: NOW,
  deadline: null,
  responses: { "q-001": { type: "true-false", value: true } },
  index: 1,
  flags: [],
  updatedAt: NOW,
};
/** What version 1 saved under one key: the teacher's gradebook and a student's own attempt and hand-in together. */
const SHARED_V1 = {
  state: {
    assignments: [{ code: "A1", id: "a1", title: "Week 1", savedAt: NOW - 9 }],
    results: [{ code: "R1", receivedAt: NOW - 5 }],
    handedIn: [handedIn("H1", { name: "Ana", attempt: 1, sentAt: NOW, sentVia: "inbox" })],
    attempts: { a2: attempt },
    removed: ["R0"],
  },
  version: 1,
  epoch: "e1",
};

let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
  (globalThis as { window?: unknown }).window = { localStorage: storage, dispatchEvent: () => true };
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

const stateOf = (key: string) => JSON.parse(storage.getItem(key) ?? "null");
/** A fresh copy of both stores, as a new page would have. */
async function freshStores() {
  const { vi } = await import("vitest");
  vi.resetModules();
  const [{ useStudentStore }, { useTeacherStore }] = await Promise.all([
    import("./student-store"),
    import("./teacher-store"),
  ]);
  return { useStudentStore, useTeacherStore };
}

describe("the student's own data, apart from the teacher's", () => {
  it("saves no answer from the deadline on (issue 13, point 3)", async () => {
    const { useStudentStore } = await freshStores();
    const s = useStudentStore.getState();
    s.startAttempt(
      { assignmentId: "a1", assignmentCode: "x", name: "Ana", startedAt: NOW, deadline: NOW + 60_000 },
      NOW,
    );
    s.updateAttempt("a1:ana", { responses: { "q-001": { type: "true-false", value: true } } }, NOW + 59_000);
    s.updateAttempt("a1:ana", { responses: { "q-001": { type: "true-false", value: false } } }, NOW + 60_000);
    expect(useStudentStore.getState().attempts["a1:ana"]?.responses).toEqual({
      "q-001": { type: "true-false", value: true },
    });
  });

  it("marks a result as sent, and keeps it marked when another tab's copy has not seen it (point 2)", async () => {
    const { useStudentStore } = await freshStores();
    const s = useStudentStore.getState();
    s.finishAttempt("a1:ana", handedIn("c1"));
    expect(useStudentStore.getState().handedIn[0]?.sentVia).toBeUndefined();
    s.markSent("c1", "email", NOW + 5);
    expect(useStudentStore.getState().handedIn[0]).toMatchObject({ sentVia: "email", sentAt: NOW + 5 });
    const otherTab = { ...EMPTY_STUDENT_DATA, handedIn: [handedIn("c1", { sentVia: "copy", sentAt: NOW + 1 })] };
    const mine = { ...EMPTY_STUDENT_DATA, handedIn: [handedIn("c1")] };
    expect(combineStudentData(otherTab, mine).handedIn[0]?.sentVia).toBe("copy");
  });

  it("a student's keystroke never rewrites the gradebook (issue 22, item 3)", async () => {
    storage.setItem(STORAGE_KEYS.teacher, JSON.stringify({ ...SHARED_V1, state: { ...SHARED_V1.state } }));
    const { useStudentStore, useTeacherStore } = await freshStores();
    await useTeacherStore.persist.rehydrate();
    await useStudentStore.persist.rehydrate();
    const gradebook = storage.getItem(STORAGE_KEYS.teacher);
    // Moved from the shared key (version 1, by assignment) and kept by assignment and name since version 2.
    useStudentStore.getState().updateAttempt("a2:ana", { index: 2 }, NOW + 1000);
    await new Promise((r) => setTimeout(r, 0));
    expect(stateOf(STORAGE_KEYS.student).state.attempts["a2:ana"].index).toBe(2);
    expect(storage.getItem(STORAGE_KEYS.teacher)).toBe(gradebook);
  });

  it("moves a version-1 shared key apart, losing nothing, whichever store reads first", async () => {
    for (const first of ["teacher", "student"] as const) {
      storage = new FakeStorage();
      (globalThis as { window?: unknown }).window = { localStorage: storage, dispatchEvent: () => true };
      storage.setItem(STORAGE_KEYS.teacher, JSON.stringify(SHARED_V1));
      const { useStudentStore, useTeacherStore } = await freshStores();
      const stores = first === "teacher" ? [useTeacherStore, useStudentStore] : [useStudentStore, useTeacherStore];
      for (const store of stores) await store.persist.rehydrate();
      const { assignments, results, removed, handedIn: h, attempts } = SHARED_V1.state;
      expect(useTeacherStore.getState()).toMatchObject({ assignments, results, removed });
      // Read as the current version: the attempt kept by assignment and name.
      expect(useStudentStore.getState()).toMatchObject({ handedIn: h, attempts: { "a2:ana": attempts.a2 } });
      expect(stateOf(STORAGE_KEYS.teacher)).toEqual({
        state: { assignments, results, removed },
        version: 2,
        epoch: "e1",
      });
      expect(stateOf(STORAGE_KEYS.student)).toEqual({ state: { handedIn: h, attempts }, version: 1 });
    }
  });

  it("leaves the shared key as it is when the student's copy cannot be written (storage full)", async () => {
    storage.setItem(STORAGE_KEYS.teacher, JSON.stringify(SHARED_V1));
    storage.full = true;
    const { moveStudentData } = await import("./saved/legacy-split");
    await moveStudentData();
    expect(stateOf(STORAGE_KEYS.teacher)).toEqual(SHARED_V1);
    expect(storage.getItem(STORAGE_KEYS.student)).toBeNull();
  });
});
