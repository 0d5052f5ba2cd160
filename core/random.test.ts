import { describe, expect, it } from "vitest";
import { createRandom, newId, newSeed } from "./random";

describe("seeds and ids", () => {
  it("makes a 32-bit seed from any [0, 1) source, the same for the same source", () => {
    expect(newSeed(() => 0)).toBe(0);
    expect(newSeed(() => 0.999999999999)).toBe(0xffffffff);
    expect(newSeed(createRandom(7))).toBe(newSeed(createRandom(7)));
    expect(newSeed(createRandom(7))).not.toBe(newSeed(createRandom(8)));
  });

  it("makes ids that sort by time and differ by their random tail", () => {
    const a = newId(Date.UTC(2026, 0, 1), createRandom(1));
    const b = newId(Date.UTC(2026, 0, 2), createRandom(1));
    expect(a).toMatch(/^[0-9a-z]+-[0-9a-z]{8}$/);
    expect(a < b).toBe(true);
    const r = createRandom(3);
    const ids = new Set(Array.from({ length: 1000 }, () => newId(0, r)));
    expect(ids.size).toBe(1000);
  });
});
