import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { PersistStorage, StorageValue } from "zustand/middleware";
import { saveAfterPaint } from "./save-after-paint";

type D = { n: number };
const value = (n: number): StorageValue<D> => ({ state: { n }, version: 1 });

let idle: (() => void)[];
const listeners = new Map<string, () => void>();

function fakeStorage() {
  const writes: [string, number][] = [];
  let saved: StorageValue<D> | null = null;
  const storage: PersistStorage<D> = {
    getItem: () => saved,
    setItem: (name, v) => {
      writes.push([name, v.state.n]);
      saved = v;
    },
    removeItem: () => {
      saved = null;
    },
  };
  return { storage, writes };
}

beforeEach(() => {
  idle = [];
  listeners.clear();
  vi.stubGlobal("window", { addEventListener: (t: string, f: () => void) => listeners.set(`window:${t}`, f) });
  vi.stubGlobal("document", {
    hidden: false,
    addEventListener: (t: string, f: () => void) => listeners.set(`document:${t}`, f),
  });
  vi.stubGlobal("requestIdleCallback", (f: () => void) => idle.push(f));
});
afterEach(() => vi.unstubAllGlobals());

const runIdle = () => idle.splice(0).forEach((f) => f());

describe("saveAfterPaint", () => {
  it("saves once the browser is idle, once for several changes, with the latest state", () => {
    const { storage, writes } = fakeStorage();
    const s = saveAfterPaint(storage);
    s.setItem("k", value(1));
    s.setItem("k", value(2));
    expect(writes).toEqual([]);
    runIdle();
    expect(writes).toEqual([["k", 2]]);
    s.setItem("k", value(3));
    runIdle();
    expect(writes).toEqual([
      ["k", 2],
      ["k", 3],
    ]);
  });

  it("writes a pending save before reading, so a read never misses it", () => {
    const { storage, writes } = fakeStorage();
    const s = saveAfterPaint(storage);
    s.setItem("k", value(5));
    expect(s.getItem("k")).toEqual(value(5));
    expect(writes).toEqual([["k", 5]]);
    runIdle();
    expect(writes).toHaveLength(1);
  });

  it("writes a pending save when the page is hidden or left", () => {
    const { storage, writes } = fakeStorage();
    const s = saveAfterPaint(storage);
    s.setItem("k", value(7));
    listeners.get("window:pagehide")?.();
    expect(writes).toEqual([["k", 7]]);
    s.setItem("k", value(8));
    listeners.get("document:visibilitychange")?.();
    expect(writes).toEqual([
      ["k", 7],
      ["k", 8],
    ]);
  });

  it("drops a pending save when the data is removed", () => {
    const { storage, writes } = fakeStorage();
    const s = saveAfterPaint(storage);
    s.setItem("k", value(9));
    void s.removeItem("k");
    runIdle();
    expect(writes).toEqual([]);
  });
});
