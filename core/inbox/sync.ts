// The inbox sync protocol: read an inbox's results page by page from a cursor, save each page to the gradebook, and
// move the cursor past a page only once that page is saved in full. A page that could not be saved (storage full) or
// did not fit (the gradebook's cap) stays behind the cursor, so the next sync fetches it again: nothing fetched is
// ever dropped. The I/O is passed in, so the order is tested here.

/** One page of an inbox's results as the server listed it, or why it could not be read. */
export type InboxPage =
  | { ok: true; codes: string[]; next: number; total: number; closed: boolean }
  | { ok: false; status: number; message: string };

/** What saving a page did: how many codes were new and added, how many did not fit; or that nothing was stored. */
export type PageSave = { ok: true; added: number; refused: number } | { ok: false; reason: "quota" | "unavailable" };

export type SyncIO = {
  /** Lists the results after sequence number `after`. */
  fetchPage: (after: number) => Promise<InboxPage>;
  /** Saves a page's codes in the gradebook and resolves once they are stored (or could not be). */
  save: (codes: string[]) => Promise<PageSave>;
  /** Moves the saved cursor (only called after the page up to `next` is saved). */
  moveCursor: (next: number, closed: boolean) => void;
};

export type SyncStatus =
  | { kind: "ok"; total: number }
  /** The server could not be reached, or answered with an error that may pass. */
  | { kind: "unreachable"; message: string }
  /** The server no longer knows this inbox or this key (deleted, expired, or the teacher link was replaced). */
  | { kind: "gone"; message: string }
  /** Results were fetched but could not be saved on this device: they stay on the server. */
  | { kind: "unsaved"; message: string }
  /** The gradebook is full: `refused` results stay on the server. */
  | { kind: "full"; refused: number };

export type SyncOutcome = { added: number; status: SyncStatus };

/** The most pages read in one sync: the server's page is 200 results, and an inbox holds up to 1,000 by default. */
export const MAX_PAGES = 10;

export const UNSAVED_MESSAGE =
  "Results were fetched but this device has no room to save them: they stay on the server and are fetched again next time. Free some space (remove old results), then try again.";

/** Reads an inbox from `cursor` on into the gradebook, page by page; never moves the cursor past unsaved results. */
export async function syncInbox(cursor: number, io: SyncIO, maxPages = MAX_PAGES): Promise<SyncOutcome> {
  let after = cursor;
  let added = 0;
  let total = 0;
  for (let page = 0; page < maxPages; page++) {
    const res = await io.fetchPage(after);
    if (!res.ok) {
      const gone = res.status === 401 || res.status === 404;
      return {
        added,
        status: gone ? { kind: "gone", message: res.message } : { kind: "unreachable", message: res.message },
      };
    }
    total = res.total;
    if (res.codes.length > 0) {
      const saved = await io.save(res.codes);
      if (!saved.ok) return { added, status: { kind: "unsaved", message: UNSAVED_MESSAGE } };
      added += saved.added;
      if (saved.refused > 0) return { added, status: { kind: "full", refused: saved.refused } };
    }
    io.moveCursor(res.next, res.closed);
    if (res.next === after || res.codes.length === 0) break;
    after = res.next;
  }
  return { added, status: { kind: "ok", total } };
}
