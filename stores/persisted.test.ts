import { beforeEach, describe, expect, it } from "vitest";
import { create } from "zustand";
import { persist } from "zustand/middleware";
import { FakeStorage } from "@/test-fixtures/fake-storage";
import type { SavedKind } from "./persist/kind";
import { persistedOptions, persistedStore, replacePersisted } from "./persisted";
import { useStorageStatus } from "./storage-status";

let storage: FakeStorage;
type S = { ids: string[]; add: (id: string) => void };
type D = { ids: string[] };
const validate = (d: unknown): D | null =>
  typeof d === "object" && d !== null && Array.isArray((d as D).ids) ? (d as D) : null;

const kind = (name: string): SavedKind<D> => ({
  name,
  version: 2,
  empty: { ids: [] },
  validate,
  migrate: (d, from) => (from === 1 ? { ids: (d as { list: string[] }).list } : d),
  combine: (saved, mine) => ({ ids: [...new Set([...saved.ids, ...mine.ids])].sort() }),
});

let n = 0;
/** A fresh store, as a new tab would create it. */
function makeStore(name = "debrief:test") {
  n++;
  return persistedStore(
    create<S>()(
      persist(
        (set) => ({ ids: [], add: (id) => set((s) => ({ ids: [...s.ids, id] })) }),
        persistedOptions<S, D>(kind(name)),
      ),
    ),
  );
}
const saved = (key = "debrief:test") => JSON.parse(storage.getItem(key) ?? "null");

beforeEach(() => {
  storage = new FakeStorage();
  (globalThis as { window?: unknown }).window = { localStorage: storage };
  useStorageStatus.setState({ problems: [] });
});

describe("persisted stores", () => {
  it("migrates older data on load and validates it", async () => {
    storage.setItem("debrief:test", JSON.stringify({ state: { list: ["a"] }, version: 1 }));
    const store = makeStore();
    await store.persist.rehydrate();
    expect(store.getState().ids).toEqual(["a"]);
  });

  it("sets unreadable data aside under its own key, reports it and starts clean", async () => {
    storage.setItem("debrief:test", "{broken");
    const store = makeStore();
    await store.persist.rehydrate();
    expect(store.getState().ids).toEqual([]);
    expect(storage.getItem("debrief:quarantine:debrief:test")).toBe("{broken");
    expect(storage.getItem("debrief:test")).toBeNull();
    expect(useStorageStatus.getState().problems).toEqual([
      { kind: "corrupt", key: "debrief:test", quarantineKey: "debrief:quarantine:debrief:test" },
    ]);
    // A second, different corruption does not overwrite the first copy.
    storage.setItem("debrief:test", '{"state":1,"version":2}');
    await makeStore().persist.rehydrate();
    expect(storage.getItem("debrief:quarantine:debrief:test")).toBe("{broken");
    expect(storage.getItem("debrief:quarantine:debrief:test:2")).toBe('{"state":1,"version":2}');
  });

  it("leaves unreadable data in place and stops saving when there is no room to set it aside", async () => {
    storage.setItem("debrief:test", "{broken");
    storage.full = true;
    const store = makeStore();
    await store.persist.rehydrate();
    storage.full = false;
    store.getState().add("x");
    expect(storage.getItem("debrief:test")).toBe("{broken");
  });

  it("never overwrites data from a newer version", async () => {
    const newer = JSON.stringify({ state: { ids: ["future"] }, version: 3 });
    storage.setItem("debrief:test", newer);
    const store = makeStore();
    await store.persist.rehydrate();
    store.getState().add("x");
    expect(store.getState().ids).toEqual(["x"]);
    expect(storage.getItem("debrief:test")).toBe(newer);
    expect(useStorageStatus.getState().problems).toEqual([{ kind: "newer", key: "debrief:test" }]);
  });

  it("merges with what another tab saved instead of overwriting it", async () => {
    const one = makeStore();
    const two = makeStore();
    await one.persist.rehydrate();
    await two.persist.rehydrate();
    one.getState().add("a");
    two.getState().add("b");
    expect(saved().state.ids).toEqual(["a", "b"]);
  });

  it("reports a full store, keeps what was saved, and clears the notice once saving works again", async () => {
    const store = makeStore();
    await store.persist.rehydrate();
    store.getState().add("a");
    storage.full = true;
    store.getState().add("b");
    expect(saved().state.ids).toEqual(["a"]);
    expect(useStorageStatus.getState().problems).toEqual([{ kind: "quota", key: "debrief:test" }]);
    storage.full = false;
    store.getState().add("c");
    expect(saved().state.ids).toEqual(["a", "b", "c"]);
    expect(useStorageStatus.getState().problems).toEqual([]);
  });

  it("reports unavailable storage and keeps working in memory", async () => {
    (globalThis as { window?: unknown }).window = {
      get localStorage() {
        throw new DOMException("denied", "SecurityError");
      },
    };
    const store = makeStore();
    await store.persist.rehydrate();
    store.getState().add("a");
    expect(store.getState().ids).toEqual(["a"]);
    expect(useStorageStatus.getState().problems).toEqual([{ kind: "unavailable" }]);
  });

  it("a replace (reset or restore) wins in other tabs instead of being merged away", async () => {
    const name = `debrief:replace-${n}`;
    const one = makeStore(name);
    const two = makeStore(name);
    await one.persist.rehydrate();
    await two.persist.rehydrate();
    one.getState().add("old");
    await two.persist.rehydrate();
    expect(two.getState().ids).toEqual(["old"]);
    // replacePersisted acts on the store registered under the name: the latest one created (tab two here).
    expect(replacePersisted(kind(name) as SavedKind<unknown>, { ids: ["restored"] }, Date.UTC(2026, 0, 1))).toEqual({
      ok: true,
    });
    await one.persist.rehydrate();
    expect(one.getState().ids).toEqual(["restored"]);
    expect(saved(name).state.ids).toEqual(["restored"]);
  });
});
