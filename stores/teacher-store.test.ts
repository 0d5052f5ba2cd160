import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { STORAGE_KEYS } from "@/lib/storage";
import { FakeStorage } from "@/test-fixtures/fake-storage";

const NOW = Date.UTC(2026, 10, 30, 9);
let storage: FakeStorage;
beforeEach(() => {
  storage = new FakeStorage();
  (globalThis as { window?: unknown }).window = { localStorage: storage, dispatchEvent: () => true };
  vi.resetModules();
});
afterEach(() => {
  delete (globalThis as { window?: unknown }).window;
});

describe("saving an inbox's results in the gradebook", () => {
  it("says ok only once the codes are stored, and leaves out codes the teacher removed", async () => {
    const { useTeacherStore } = await import("./teacher-store");
    const { addResults, removeResult, saveInboxResults } = await import("./gradebook-actions");
    await useTeacherStore.persist.rehydrate();
    addResults(["GONE"], NOW);
    removeResult("GONE");
    expect(await saveInboxResults(["A", "B", "GONE"], NOW)).toEqual({ ok: true, added: 2, refused: 0 });
    const saved = JSON.parse(storage.getItem(STORAGE_KEYS.teacher) ?? "null");
    expect(saved.state.results.map((r: { code: string }) => r.code)).toEqual(["A", "B"]);
  });

  it("when storage is full, answers so and takes the codes back out, so the next sync adds them again", async () => {
    const { useTeacherStore } = await import("./teacher-store");
    const { saveInboxResults } = await import("./gradebook-actions");
    await useTeacherStore.persist.rehydrate();
    await saveInboxResults(["A"], NOW);
    storage.full = true;
    expect(await saveInboxResults(["B", "C"], NOW)).toEqual({ ok: false, reason: "quota" });
    expect(useTeacherStore.getState().results.map((r) => r.code)).toEqual(["A"]);
    storage.full = false;
    expect(await saveInboxResults(["B", "C"], NOW)).toEqual({ ok: true, added: 2, refused: 0 });
  });
});

describe("the teacher's class lists", () => {
  it("keeps a class list with the assignment, also when it is saved again, and drops an empty one", async () => {
    const { useTeacherStore } = await import("./teacher-store");
    await useTeacherStore.persist.rehydrate();
    const s = useTeacherStore.getState();
    s.saveAssignment({ code: "code-1", id: "a9", title: "Week 9" }, NOW);
    s.setRoster("a9", ["Ana", "Ben"]);
    expect(useTeacherStore.getState().assignments[0]?.roster).toEqual(["Ana", "Ben"]);
    s.saveAssignment({ code: "code-1", id: "a9", title: "Week 9" }, NOW + 1);
    expect(useTeacherStore.getState().assignments.filter((a) => a.id === "a9")).toHaveLength(1);
    expect(useTeacherStore.getState().assignments[0]?.roster).toEqual(["Ana", "Ben"]);
    s.setRoster("a9", []);
    expect(useTeacherStore.getState().assignments[0]?.roster).toBeUndefined();
  });
});
