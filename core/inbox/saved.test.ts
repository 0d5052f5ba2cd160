import { describe, expect, it } from "vitest";
import { teacherInbox } from "@/test-fixtures/inbox";
import { combineInbox } from "./merge";
import type { Outgoing } from "./saved";
import { parseInboxData } from "./schemas";

const inbox = teacherInbox;
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

describe("saved inbox data", () => {
  it("accepts its own shape and refuses anything else", () => {
    const data = { ...empty, inboxes: { a1: inbox() }, outbox: { CODE: outgoing() } };
    expect(parseInboxData(data)).toEqual(data);
    // One unreadable inbox or outgoing result is left out alone (core/validate entriesOf); the rest is kept.
    expect(parseInboxData({ ...data, inboxes: { a1: { ...inbox(), secretKey: 5 } } })?.inboxes).toEqual({});
    expect(parseInboxData({ ...data, outbox: { CODE: { ...outgoing(), receipt: "yes" } } })?.outbox).toEqual({});
    expect(parseInboxData(null)).toBeNull();
    expect(parseInboxData({ ...data, inboxes: [inbox()] })).toBeNull();
    expect(parseInboxData({ ...data, outbox: { CODE: { ...outgoing(), nextAt: Number.NaN } } })?.outbox).toEqual({});
    expect(parseInboxData({ ...data, deleted: [1] })).toBeNull();
  });

  it("keeps keys it does not know (a newer version's), so saving again does not strip them", () => {
    const data = { ...empty, inboxes: { a1: { ...inbox(), extra: "x" } }, stray: true };
    expect(parseInboxData(data)).toEqual(data);
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
