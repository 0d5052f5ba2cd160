import { describe, expect, it } from "vitest";
import type { TeacherInbox } from "@/core/inbox/saved";

const inbox: TeacherInbox = {
  assignmentId: "a1",
  id: "inbox-aaaaaaaaaaaaaaaa",
  url: "",
  secretKey: "k".repeat(43),
  cursor: 0,
  createdAt: 1,
  expiresAt: 100,
  closed: false,
};
const empty = { server: "", inboxes: {}, outbox: {}, deleted: [] };

describe("inbox data in backups", () => {
  it("carries the teacher key, so a restored browser can still read and close its inboxes", async () => {
    const { FakeStorage } = await import("@/test-fixtures/fake-storage");
    const { STORAGE_KEYS } = await import("@/lib/storage");
    const { buildBackup } = await import("./backup");
    const storage = new FakeStorage();
    (globalThis as { window?: unknown }).window = { localStorage: storage, dispatchEvent: () => true };
    const data = { ...empty, inboxes: { a1: inbox } };
    storage.setItem(STORAGE_KEYS.inbox, JSON.stringify({ state: data, version: 1 }));
    const file = buildBackup(Date.UTC(2026, 10, 30));
    expect((file.data[STORAGE_KEYS.inbox] as { state: typeof data }).state.inboxes.a1?.secretKey).toBe("k".repeat(43));
    delete (globalThis as { window?: unknown }).window;
  });
});
