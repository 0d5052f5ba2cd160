import { describe, expect, it } from "vitest";
import { combineInbox, validateInbox, type Outgoing, type TeacherInbox } from "./saved/inbox";

const inbox = (over: Partial<TeacherInbox> = {}): TeacherInbox => ({
  assignmentId: "a1",
  id: "inbox-aaaaaaaaaaaaaaaa",
  url: "",
  secretKey: "k".repeat(43),
  cursor: 0,
  createdAt: 1,
  expiresAt: 100,
  closed: false,
  ...over,
});
const outgoing = (over: Partial<Outgoing> = {}): Outgoing => ({
  code: "CODE",
  assignmentId: "a1",
  inbox: { id: "inbox-aaaaaaaaaaaaaaaa", url: "" },
  queuedAt: 1,
  attempts: 0,
  nextAt: 1,
  receipt: null,
  refused: null,
  lastError: null,
  ...over,
});
const empty = { server: "", inboxes: {}, outbox: {}, deleted: [] };

describe("inbox store data", () => {
  it("accepts its own shape and refuses anything else", () => {
    const data = { ...empty, inboxes: { a1: inbox() }, outbox: { CODE: outgoing() } };
    expect(validateInbox(data)).toEqual(data);
    expect(validateInbox({ ...data, inboxes: { a1: { ...inbox(), secretKey: 5 } } })).toBeNull();
    expect(validateInbox({ ...data, outbox: { CODE: { ...outgoing(), receipt: "yes" } } })).toBeNull();
    expect(validateInbox(null)).toBeNull();
  });

  it("merges two tabs: the further cursor, a receipt over none, deleted inboxes stay deleted", () => {
    const saved = {
      ...empty,
      inboxes: { a1: inbox({ cursor: 5 }), a2: inbox({ assignmentId: "a2", id: "inbox-bbbbbbbbbbbbbbbb" }) },
      outbox: { CODE: outgoing({ receipt: { id: "r", receivedAt: 5 } }) },
    };
    const mine = {
      ...empty,
      inboxes: { a1: inbox({ cursor: 3, closed: true }) },
      outbox: { CODE: outgoing({ attempts: 4 }), OTHER: outgoing({ code: "OTHER" }) },
      deleted: ["inbox-bbbbbbbbbbbbbbbb"],
    };
    const merged = combineInbox(saved, mine);
    expect(merged.inboxes.a1).toMatchObject({ cursor: 5, closed: true });
    expect(merged.inboxes.a2).toBeUndefined();
    expect(merged.outbox.CODE?.receipt).toEqual({ id: "r", receivedAt: 5 });
    expect(Object.keys(merged.outbox).sort()).toEqual(["CODE", "OTHER"]);
  });
});

describe("inbox data in backups", () => {
  it("carries the teacher key, so a restored browser can still read and close its inboxes", async () => {
    const { FakeStorage } = await import("@/test-fixtures/fake-storage");
    const { STORAGE_KEYS } = await import("@/lib/storage");
    const { buildBackup } = await import("./backup");
    const storage = new FakeStorage();
    (globalThis as { window?: unknown }).window = { localStorage: storage, dispatchEvent: () => true };
    const data = { ...empty, inboxes: { a1: inbox() } };
    storage.setItem(STORAGE_KEYS.inbox, JSON.stringify({ state: data, version: 1 }));
    const file = buildBackup(Date.UTC(2026, 10, 30));
    expect((file.data[STORAGE_KEYS.inbox] as { state: typeof data }).state.inboxes.a1?.secretKey).toBe("k".repeat(43));
    delete (globalThis as { window?: unknown }).window;
  });
});
