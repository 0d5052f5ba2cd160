import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { chainMigrations, parseEnvelope, readEnvelope } from "./envelope";

type V2 = { items: { id: string; at: number }[] };
const validate = (d: unknown): V2 | null =>
  typeof d === "object" && d !== null && Array.isArray((d as V2).items) ? (d as V2) : null;
// v0 kept a list of ids; v1 added times under another name; v2 renamed it to items.
const steps = {
  0: (d: unknown) => ({ list: ((d as { ids: string[] }).ids ?? []).map((id) => ({ id, at: 0 })) }),
  1: (d: unknown) => ({ items: (d as { list: unknown[] }).list }),
};
const rules = { version: 2, validate, migrate: chainMigrations(steps, 2) };

describe("chainMigrations", () => {
  it("runs each step from the saved version up to the current one", () => {
    expect(chainMigrations(steps, 2)({ ids: ["a"] }, 0)).toEqual({ items: [{ id: "a", at: 0 }] });
    expect(chainMigrations(steps, 2)({ list: [{ id: "b", at: 5 }] }, 1)).toEqual({ items: [{ id: "b", at: 5 }] });
    expect(chainMigrations(steps, 2)({ items: [] }, 2)).toEqual({ items: [] });
  });
  it("throws when a step is missing", () => {
    expect(() => chainMigrations({ 1: steps[1] }, 2)({}, 0)).toThrow(/version 0/);
  });
});

describe("readEnvelope", () => {
  it("accepts current data and keeps its epoch", () => {
    expect(readEnvelope({ state: { items: [] }, version: 2, epoch: "e1" }, rules)).toEqual({
      ok: true,
      state: { items: [] },
      epoch: "e1",
      migrated: false,
      setAside: 0,
    });
  });
  it("migrates each older version and validates the result", () => {
    const v0 = readEnvelope({ state: { ids: ["x", "y"] }, version: 0 }, rules);
    expect(v0).toEqual({
      ok: true,
      state: {
        items: [
          { id: "x", at: 0 },
          { id: "y", at: 0 },
        ],
      },
      epoch: undefined,
      migrated: true,
      setAside: 0,
    });
    const v1 = readEnvelope({ state: { list: [] }, version: 1 }, rules);
    expect(v1).toMatchObject({ ok: true, state: { items: [] }, migrated: true });
  });
  it("reports corrupt data when a migration throws or its result is not valid", () => {
    expect(readEnvelope({ state: null, version: 0 }, rules)).toEqual({ ok: false, reason: "corrupt" });
    expect(readEnvelope({ state: { list: "nope" }, version: 1 }, rules)).toEqual({ ok: false, reason: "corrupt" });
  });
  it("refuses data from a newer version", () => {
    expect(readEnvelope({ state: {}, version: 3 }, rules)).toEqual({ ok: false, reason: "newer" });
  });
  it("reports corrupt shapes", () => {
    for (const bad of [null, 3, "x", [], {}, { state: {} }, { state: {}, version: "2" }, { state: {}, version: -1 }])
      expect(readEnvelope(bad, rules)).toEqual({ ok: false, reason: "corrupt" });
  });
  it("never throws, whatever the text", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (raw) => {
        const r = parseEnvelope(raw, rules);
        expect(typeof r.ok).toBe("boolean");
      }),
    );
  });
  it("a validator that throws counts as corrupt", () => {
    const throwing = {
      version: 1,
      validate: () => {
        throw new Error("boom");
      },
    };
    expect(parseEnvelope('{"state":{},"version":1}', throwing)).toEqual({ ok: false, reason: "corrupt" });
  });
});
