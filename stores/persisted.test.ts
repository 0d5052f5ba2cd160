import { beforeEach, describe, expect, it, vi } from "vitest";
import { create } from "zustand";
import { persist } from "zustand/middleware";
import * as v from "valibot";
import { itemsOf, validator } from "@/core/validate";
import { FakeStorage } from "@/test-fixtures/fake-storage";
import type { Adapter } from "./persist/adapter";
import type { SavedKind, SavedRules } from "./persist/kind";
import { replacePersisted } from "./persist/replace";
import { persistedOptions, persistedStore } from "./persisted";
import { useStorageStatus } from "./storage-status";

let storage: FakeStorage;
type S = { ids: string[]; add: (id: string) => void };
type D = { ids: string[] };
/** A list of ids where an id that is not a string is left out alone (as the real kinds' lists do). */
const check = validator(v.object({ ids: itemsOf(v.string()) }));
/** How many times saved data was checked (each check is a full JSON parse and validation of the store). */
let checks = 0;
const validate = (d: unknown) => {
  checks++;
  return check(d);
};

/** The loader of the last kind made (its schema and merge): what a page would download to read saved data. */
const rules: SavedRules<D> = {
  validate,
  migrate: (d, from) => (from === 1 ? { ids: (d as { list: string[] }).list } : d),
  combine: (saved, mine) => ({ ids: [...new Set([...saved.ids, ...mine.ids])].sort() }),
};
let loader = vi.fn(async () => rules);
const kind = (name: string): SavedKind<D> => {
  loader = vi.fn(async () => rules);
  return { name, version: 2, empty: { ids: [] }, load: loader };
};

let n = 0;
/** A fresh store, as a new tab would create it (with its own kind, so its rules are not loaded yet). */
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
/** Waits until the store's reads and writes that wait for its rules are done. */
const settled = (store: ReturnType<typeof makeStore>) => (store.persist.getOptions().storage as Adapter<D>).settled();

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

  it("sets one unreadable item aside alone: keeps the rest, copies the stored text, and says how many", async () => {
    const raw = JSON.stringify({ state: { ids: ["a", 7, "b"] }, version: 2 });
    storage.setItem("debrief:test", raw);
    const store = makeStore();
    await store.persist.rehydrate();
    expect(store.getState().ids).toEqual(["a", "b"]);
    expect(storage.getItem("debrief:quarantine:debrief:test")).toBe(raw);
    expect(useStorageStatus.getState().problems).toEqual([
      { kind: "corrupt", key: "debrief:test", quarantineKey: "debrief:quarantine:debrief:test", items: 1 },
    ]);
    store.getState().add("c");
    await settled(store);
    expect(saved().state.ids).toEqual(["a", "b", "c"]);
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
    await settled(two);
    expect(saved().state.ids).toEqual(["a", "b"]);
  });

  it("after merging another tab's save, later saves neither re-read nor re-check the whole store", async () => {
    const one = makeStore();
    const two = makeStore();
    await one.persist.rehydrate();
    await two.persist.rehydrate();
    one.getState().add("a");
    two.getState().add("b");
    await settled(two);
    const after = checks;
    two.getState().add("c");
    two.getState().add("d");
    await settled(two);
    expect(checks).toBe(after);
    expect(saved().state.ids).toEqual(["a", "b", "c", "d"]);
    // The other tab saves again (merging ours: one check there): our next save merges it (one check), losing nothing.
    one.getState().add("e");
    await settled(one);
    two.getState().add("f");
    await settled(two);
    expect(checks).toBe(after + 2);
    expect(saved().state.ids).toEqual(["a", "b", "c", "d", "e", "f"]);
  });

  it("saves a tiny marker beside the data on every save, for the pre-paint scripts; a replace updates it", async () => {
    const name = "debrief:marked";
    const marked: SavedKind<D> = { ...kind(name), mark: (d) => (d.ids.length ? "p" : "") };
    const store = persistedStore(
      create<S>()(
        persist(
          (set) => ({ ids: [], add: (id) => set((st) => ({ ids: [...st.ids, id] })) }),
          persistedOptions<S, D>(marked),
        ),
      ),
    );
    await store.persist.rehydrate();
    expect(storage.getItem(`${name}:mark`)).toBeNull();
    store.getState().add("a");
    expect(storage.getItem(`${name}:mark`)).toBe("p");
    await replacePersisted(marked as SavedKind<unknown>, null, Date.UTC(2026, 0, 1));
    expect(storage.getItem(`${name}:mark`)).toBe("");
  });

  it("reports a full store, keeps what was saved, and clears the notice once saving works again", async () => {
    const store = makeStore();
    await store.persist.rehydrate();
    store.getState().add("a");
    storage.full = true;
    store.getState().add("b");
    await settled(store);
    expect(saved().state.ids).toEqual(["a"]);
    expect(useStorageStatus.getState().problems).toEqual([{ kind: "quota", key: "debrief:test" }]);
    storage.full = false;
    store.getState().add("c");
    await settled(store);
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
    expect(
      await replacePersisted(kind(name) as SavedKind<unknown>, { ids: ["restored"] }, Date.UTC(2026, 0, 1)),
    ).toEqual({ ok: true });
    await one.persist.rehydrate();
    expect(one.getState().ids).toEqual(["restored"]);
    expect(saved(name).state.ids).toEqual(["restored"]);
  });

  it("hydrates with nothing saved and saves at once, then loads its schema when idle so no later merge waits", async () => {
    const store = makeStore();
    const hydrating = store.persist.rehydrate();
    // Nothing to read: hydration finishes at once, with no file to fetch.
    expect(store.persist.hasHydrated()).toBe(true);
    await hydrating;
    store.getState().add("a");
    expect(saved().state.ids).toEqual(["a"]);
    // What is saved is this page's own last write: nothing to merge, so the next save is immediate too.
    store.getState().add("b");
    expect(saved().state.ids).toEqual(["a", "b"]);
    expect(loader).not.toHaveBeenCalled();
    // Once the browser is idle after the first save, the schema loads: another tab's save is then merged at once.
    await vi.waitFor(() => expect(loader).toHaveBeenCalledTimes(1));
    storage.setItem("debrief:test", JSON.stringify({ state: { ids: ["other"] }, version: 2 }));
    store.getState().add("c");
    expect(saved().state.ids).toEqual(["a", "b", "c", "other"]);
  });

  it("loads the schema to read saved data, and hydrates once it is loaded", async () => {
    storage.setItem("debrief:test", JSON.stringify({ state: { ids: ["a"] }, version: 2 }));
    const store = makeStore();
    const hydrating = store.persist.rehydrate();
    expect(store.persist.hasHydrated()).toBe(false);
    await hydrating;
    expect(store.persist.hasHydrated()).toBe(true);
    expect(store.getState().ids).toEqual(["a"]);
    expect(loader).toHaveBeenCalledTimes(1);
  });

  it("a write after another tab saved first merges both, in order, and never writes before the merge", async () => {
    const one = makeStore();
    const two = makeStore();
    const twoLoader = loader;
    await one.persist.rehydrate();
    await two.persist.rehydrate();
    one.getState().add("a");
    expect(saved().state.ids).toEqual(["a"]);
    // Tab two never read saved data, so its schema is not loaded: its writes wait for it, then merge.
    two.getState().add("b");
    two.getState().add("c");
    expect(saved().state.ids).toEqual(["a"]);
    await settled(two);
    expect(saved().state.ids).toEqual(["a", "b", "c"]);
    expect(twoLoader).toHaveBeenCalledTimes(1);
  });

  it("leaves saved data untouched when the schema cannot load, and merges it once it does", async () => {
    vi.useFakeTimers();
    try {
      storage.setItem("debrief:test", JSON.stringify({ state: { ids: ["kept"] }, version: 2 }));
      const store = makeStore();
      loader.mockRejectedValueOnce(new Error("offline")).mockRejectedValueOnce(new Error("offline"));
      await store.persist.rehydrate();
      expect(store.getState().ids).toEqual([]);
      expect(useStorageStatus.getState().problems).toEqual([{ kind: "unread", key: "debrief:test" }]);
      store.getState().add("new");
      await settled(store);
      expect(saved().state.ids).toEqual(["kept"]);
      // Still offline on this write: it is tried again later, and then merges both.
      await vi.advanceTimersByTimeAsync(10_000);
      await settled(store);
      expect(saved().state.ids).toEqual(["kept", "new"]);
      expect(useStorageStatus.getState().problems).toEqual([]);
    } finally {
      vi.useRealTimers();
    }
  });
});
