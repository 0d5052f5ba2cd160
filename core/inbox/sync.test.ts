import { describe, expect, it } from "vitest";
import { syncInbox, type InboxPage, type PageSave, type SyncIO } from "./sync";

/** A fake server holding `codes` (sequence numbers 1..n), listing `pageSize` at a time, and a gradebook. */
function fake(
  codes: string[],
  pageSize = 2,
  saveAs: (codes: string[]) => PageSave = (c) => ({ ok: true, added: c.length, refused: 0 }),
) {
  const log: string[] = [];
  const saved: string[] = [];
  let cursor = -1;
  const io: SyncIO = {
    fetchPage: async (after): Promise<InboxPage> => {
      log.push(`fetch ${after}`);
      const page = codes.slice(after, after + pageSize);
      return { ok: true, codes: page, next: after + page.length, total: codes.length, closed: false };
    },
    save: async (c) => {
      log.push(`save ${c.join(",")}`);
      const r = saveAs(c);
      if (r.ok) saved.push(...c.slice(0, c.length - r.refused));
      return r;
    },
    moveCursor: (next) => {
      log.push(`cursor ${next}`);
      cursor = next;
    },
  };
  return { io, log, saved, cursor: () => cursor };
}

describe("the inbox sync protocol", () => {
  it("reads every page and moves the cursor after each page is saved, never before", async () => {
    const f = fake(["A", "B", "C", "D", "E"]);
    const out = await syncInbox(0, f.io);
    expect(out).toEqual({ added: 5, status: { kind: "ok", total: 5 } });
    expect(f.saved).toEqual(["A", "B", "C", "D", "E"]);
    expect(f.log).toEqual([
      "fetch 0",
      "save A,B",
      "cursor 2",
      "fetch 2",
      "save C,D",
      "cursor 4",
      "fetch 4",
      "save E",
      "cursor 5",
      "fetch 5",
      "cursor 5",
    ]);
  });

  it("keeps the cursor when a page could not be saved (storage full), and says so", async () => {
    const f = fake(["A", "B", "C"], 2, (c) =>
      c.includes("C") ? { ok: false, reason: "quota" } : { ok: true, added: c.length, refused: 0 },
    );
    const out = await syncInbox(0, f.io);
    expect(f.cursor()).toBe(2);
    expect(out.added).toBe(2);
    expect(out.status).toMatchObject({
      kind: "unsaved",
      message: expect.stringMatching(/no room to save them: they stay on the server/),
    });
    // The next sync, with room again, starts from the saved cursor and fetches C again.
    const again = fake(["A", "B", "C"]);
    await syncInbox(f.cursor(), again.io);
    expect(again.saved).toEqual(["C"]);
  });

  it("keeps the cursor when the gradebook is full, so the refused results are fetched again later", async () => {
    const f = fake(["A", "B"], 2, () => ({ ok: true, added: 1, refused: 1 }));
    const out = await syncInbox(0, f.io);
    expect(f.cursor()).toBe(-1);
    expect(out).toEqual({ added: 1, status: { kind: "full", refused: 1 } });
  });

  it("starting again from 0 fetches everything the server holds", async () => {
    const f = fake(["A", "B", "C"]);
    await syncInbox(0, f.io);
    expect(f.saved).toEqual(["A", "B", "C"]);
  });

  it("tells a wrong key or deleted inbox (gone) from a server that cannot be reached", async () => {
    const failing = (status: number): SyncIO => ({
      fetchPage: async () => ({ ok: false, status, message: `HTTP ${status}` }),
      save: async () => ({ ok: true, added: 0, refused: 0 }),
      moveCursor: () => {
        throw new Error("the cursor must not move");
      },
    });
    expect((await syncInbox(3, failing(401))).status.kind).toBe("gone");
    expect((await syncInbox(3, failing(404))).status.kind).toBe("gone");
    expect((await syncInbox(3, failing(0))).status.kind).toBe("unreachable");
    expect((await syncInbox(3, failing(503))).status.kind).toBe("unreachable");
  });
});
