// Replacing and reading a kind's saved data whether or not this page has its store: for backup, restore and reset
// (stores/backup.ts), which load it on demand. Both load the kind's check and let queued saves finish first.
import { freshId } from "@/lib/random";
import { readItem, writeItem, type StorageWriteResult } from "@/lib/storage";
import { loadCheck } from "./check";
import { saveMark, savedPart, type SavedKind } from "./kind";
import { registered } from "./registry";

/** Loads the kind's check and waits for this page's queued saves of it, so nothing queued lands afterwards. */
async function ready(kind: SavedKind<unknown>) {
  await kind.prepare?.();
  const check = await loadCheck(kind);
  await registered(kind.name)?.adapter.settled();
  return check;
}

/**
 * Replaces a kind's saved and in-memory data (restore "replace", reset): `state` null means its empty data.
 * Other tabs take the new data as it is rather than merging theirs back in. Never writes over newer data.
 */
export async function replacePersisted(
  kind: SavedKind<unknown>,
  state: unknown,
  now: number,
): Promise<StorageWriteResult> {
  const check = await ready(kind);
  const entry = registered(kind.name);
  const raw = readItem(kind.name);
  const read = raw === null ? null : check.parse(raw);
  if ((read && !read.ok && read.reason === "newer") || entry?.adapter.blocked()) return { ok: false, reason: "error" };
  const data = state ?? kind.empty;
  // A new epoch marks a reset or restore: tabs that see a different epoch take the saved data as it is.
  const epoch = freshId(now);
  entry?.adapter.setEpoch(epoch);
  const res = writeItem(kind.name, JSON.stringify({ state: data, version: kind.version, epoch }));
  if (res.ok) saveMark(kind, data);
  // The write above already holds this data, so the store's own save merges it with itself.
  entry?.store?.setState(data as Partial<unknown>);
  return res;
}

/** The data of a kind as it is now: what this page holds (if it has the store) combined with what is saved. */
export async function currentData(kind: SavedKind<unknown>): Promise<unknown> {
  const check = await ready(kind);
  const raw = readItem(kind.name);
  const saved = raw === null ? undefined : check.parse(raw);
  const stored = saved?.ok ? saved.state : undefined;
  const store = registered(kind.name)?.store;
  if (!store?.persist.hasHydrated()) return stored;
  const mine = savedPart(kind, store.getState() as object);
  // Another tab may have saved work this page has not seen yet: include it.
  return stored !== undefined && check.combine ? check.combine(stored, mine) : mine;
}
