import { describe, expect, it } from "vitest";
import { teacherInbox } from "@/test-fixtures/inbox";

const inbox = teacherInbox();
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
    const file = await buildBackup(Date.UTC(2026, 10, 30));
    expect((file.data[STORAGE_KEYS.inbox] as { state: typeof data }).state.inboxes.a1?.secretKey).toBe("k".repeat(43));
    delete (globalThis as { window?: unknown }).window;
  });
});
