import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  backupChecksum,
  backupFileName,
  canonicalJson,
  createBackup,
  parseBackup,
  planRestore,
  summarizeData,
  type BackupPart,
} from "./backup";
import { readEnvelope } from "./envelope";

const NOW = Date.UTC(2025, 4, 10, 14, 32);
type Quiz = { attempts: { id: string; endedAt: number }[] };
const validateQuiz = (d: unknown): Quiz | null =>
  typeof d === "object" && d !== null && Array.isArray((d as Quiz).attempts) ? (d as Quiz) : null;
const quizPart: BackupPart<Quiz> = {
  key: "debrief:quiz",
  read: (v) => {
    const r = readEnvelope(v, { version: 1, validate: validateQuiz });
    return r.ok ? { ok: true, data: r.state } : r;
  },
  combine: (here, incoming) => {
    const byId = new Map([...here.attempts, ...incoming.attempts].map((a) => [a.id, a]));
    return { attempts: [...byId.values()].sort((a, b) => a.endedAt - b.endedAt) };
  },
};
const themePart: BackupPart<string> = {
  key: "debrief:theme",
  read: (v) => (v === "light" || v === "dark" ? { ok: true, data: v } : { ok: false, reason: "corrupt" }),
  combine: (here) => here,
};
const parts = [quizPart, themePart] as BackupPart[];
const quizData = {
  state: {
    attempts: [
      { id: "a1", endedAt: Date.UTC(2025, 4, 1) },
      { id: "a2", endedAt: Date.UTC(2025, 4, 3) },
    ],
  },
  version: 1,
};

describe("canonicalJson and the checksum", () => {
  it("does not depend on key order", () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { y: 2, x: 1 }], c: null } })).toBe(
      canonicalJson({ a: { c: null, d: [1, { x: 1, y: 2 }] }, b: 1 }),
    );
    fc.assert(
      fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (obj) => {
        const reversed = Object.fromEntries(Object.entries(obj).reverse());
        expect(backupChecksum(reversed)).toBe(backupChecksum(obj));
        expect(JSON.parse(canonicalJson(obj))).toEqual(JSON.parse(JSON.stringify(obj)));
      }),
    );
  });
  it("changes when any value changes", () => {
    const a = backupChecksum({ "debrief:quiz": quizData });
    const edited = structuredClone(quizData);
    edited.state.attempts[0]!.endedAt += 1;
    expect(backupChecksum({ "debrief:quiz": edited })).not.toBe(a);
  });
});

describe("createBackup", () => {
  it("names the app, schema version, export time and a checksum of the data, leaving out empty keys", () => {
    const file = createBackup({ "debrief:quiz": quizData, "debrief:theme": null, "debrief:cards": undefined }, NOW);
    expect(file).toEqual({
      app: "debrief",
      schemaVersion: 1,
      exportedAt: "2025-05-10T14:32:00.000Z",
      checksum: backupChecksum({ "debrief:quiz": quizData }),
      data: { "debrief:quiz": quizData },
    });
    expect(backupFileName(NOW)).toBe("debrief-backup-2025-05-10-1432.json");
  });
});

describe("parseBackup", () => {
  const good = () => createBackup({ "debrief:quiz": quizData, "debrief:theme": "dark" }, NOW);
  it("round-trips a backup and summarises it", () => {
    const r = parseBackup(JSON.stringify(good(), null, 2), parts);
    expect(r).toEqual({
      ok: true,
      value: {
        exportedAt: NOW,
        entries: { "debrief:quiz": quizData.state, "debrief:theme": "dark" },
        summary: {
          counts: [{ key: "debrief:quiz", label: "finished quizzes", count: 2 }],
          from: Date.UTC(2025, 4, 1),
          to: Date.UTC(2025, 4, 3),
        },
      },
    });
  });
  it("refuses text that is not JSON", () => {
    expect(parseBackup("{not json", parts)).toEqual({ ok: false, reason: "not-json" });
  });
  it("refuses another app's file", () => {
    expect(parseBackup(JSON.stringify({ ...good(), app: "anki" }), parts)).toEqual({ ok: false, reason: "other-app" });
    expect(parseBackup("[1,2]", parts)).toEqual({ ok: false, reason: "other-app" });
  });
  it("refuses a file from a newer backup schema or with newer store data", () => {
    expect(parseBackup(JSON.stringify({ ...good(), schemaVersion: 2 }), parts)).toEqual({ ok: false, reason: "newer" });
    const newerStore = createBackup({ "debrief:quiz": { ...quizData, version: 9 } }, NOW);
    expect(parseBackup(JSON.stringify(newerStore), parts)).toEqual({ ok: false, reason: "newer" });
  });
  it("refuses a file whose data was edited or damaged", () => {
    const edited = good();
    (edited.data["debrief:quiz"] as typeof quizData).state.attempts.pop();
    expect(parseBackup(JSON.stringify(edited), parts)).toEqual({ ok: false, reason: "damaged" });
    expect(parseBackup(JSON.stringify({ ...good(), checksum: undefined }), parts)).toEqual({
      ok: false,
      reason: "damaged",
    });
    expect(parseBackup(JSON.stringify({ ...good(), exportedAt: "yesterday" }), parts)).toEqual({
      ok: false,
      reason: "damaged",
    });
  });
  it("refuses a file whose checksum matches but whose store data is the wrong shape", () => {
    const bad = createBackup({ "debrief:quiz": { state: { attempts: "many" }, version: 1 } }, NOW);
    expect(parseBackup(JSON.stringify(bad), parts)).toEqual({ ok: false, reason: "damaged" });
  });
  it("refuses a file with nothing this app knows", () => {
    expect(parseBackup(JSON.stringify(createBackup({ "other:key": 1 }, NOW)), parts)).toEqual({
      ok: false,
      reason: "empty",
    });
  });
  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json()), (text) => {
        expect(typeof parseBackup(text, parts).ok).toBe("boolean");
      }),
    );
  });
});

describe("planRestore", () => {
  const here = { "debrief:quiz": { attempts: [{ id: "a0", endedAt: 1 }] }, "debrief:theme": "light" };
  const incoming = { "debrief:quiz": { attempts: [{ id: "a2", endedAt: 2 }] } };
  it("merge keeps both sides' attempts and what the backup does not hold", () => {
    expect(planRestore(here, incoming, parts, "merge")).toEqual({
      "debrief:quiz": {
        attempts: [
          { id: "a0", endedAt: 1 },
          { id: "a2", endedAt: 2 },
        ],
      },
      "debrief:theme": "light",
    });
  });
  it("replace takes the backup and clears what it does not hold", () => {
    expect(planRestore(here, incoming, parts, "replace")).toEqual({
      "debrief:quiz": incoming["debrief:quiz"],
      "debrief:theme": null,
    });
  });
  it("merging never loses an attempt from either side", () => {
    const att = fc.array(fc.record({ id: fc.constantFrom("a", "b", "c", "d", "e"), endedAt: fc.nat() }));
    fc.assert(
      fc.property(att, att, (mine, theirs) => {
        const out = planRestore(
          { "debrief:quiz": { attempts: mine } },
          { "debrief:quiz": { attempts: theirs } },
          parts,
          "merge",
        );
        const ids = new Set((out["debrief:quiz"] as Quiz).attempts.map((a) => a.id));
        for (const a of [...mine, ...theirs]) expect(ids.has(a.id)).toBe(true);
      }),
    );
  });
});

describe("summarizeData", () => {
  it("counts top-level collections of an unknown store and finds the span of times", () => {
    const s = summarizeData({
      "debrief:other": { cards: { "c-001": { due: Date.UTC(2025, 0, 2) } }, reviewLogs: [{}, {}, {}], newPerDay: 20 },
      "debrief:theme": "dark",
    });
    expect(s).toEqual({
      counts: [
        { key: "debrief:other", label: "cards", count: 1 },
        { key: "debrief:other", label: "review logs", count: 3 },
      ],
      from: Date.UTC(2025, 0, 2),
      to: Date.UTC(2025, 0, 2),
    });
  });

  it("speaks plainly about the app's own stores, and leaves out working state and future due dates", () => {
    const made = Date.UTC(2026, 10, 30);
    const s = summarizeData(
      {
        "debrief:quiz": { attempts: [{ endedAt: Date.UTC(2026, 10, 1) }], history: { a: {}, b: {} }, discarded: ["x"] },
        "debrief:cards": {
          cards: { "c-001": { due: Date.UTC(2026, 11, 10) } },
          logs: [{ review: Date.UTC(2026, 10, 29) }],
          session: { queue: ["c-001"], startedAt: Date.UTC(2026, 10, 29) },
        },
      },
      made,
    );
    expect(s.counts.map((c) => `${c.count} ${c.label}`)).toEqual([
      "1 finished quiz",
      "2 questions answered",
      "1 flashcard studied",
      "1 flashcard review",
    ]);
    expect(s.from).toBe(Date.UTC(2026, 10, 1));
    expect(s.to).toBe(Date.UTC(2026, 10, 29));
  });
});
