// Saved data across versions: an older tab reads what a newer one saved and saves it again, so it must keep what it
// does not know, and one item it cannot read must not cost the rest of the store.
import { describe, expect, it } from "vitest";
import { parseStudentData } from "./assignment/saved/schemas";
import { parseInboxData } from "./inbox/schemas";
import { parseEnvelope } from "./progress/envelope";
import { parseQuizData } from "./quiz/schemas";
import { parseDeckData } from "./scheduling/schemas";

const handedIn = (code: string, extra: Record<string, unknown> = {}) => ({
  code,
  assignmentId: "a1",
  assignmentCode: "AC",
  title: "Week 1",
  submittedAt: 1,
  ...extra,
});
const student = (items: unknown[], extra: Record<string, unknown> = {}) => ({
  handedIn: items,
  attempts: {},
  ...extra,
});
const log = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  cardId: "c1",
  rating: 3,
  state: "review",
  due: 1,
  stability: 1,
  difficulty: 5,
  elapsedDays: 1,
  lastElapsedDays: 1,
  scheduledDays: 2,
  learningSteps: 0,
  review: 1,
  durationMs: 1000,
  ...extra,
});
const deck = (logs: unknown[]) => ({
  cards: {},
  logs,
  settings: { retention: 0.9, newPerDay: 20, updatedAt: 0 },
  session: null,
  sessionUpdatedAt: 0,
});

describe("saved data that survives versions", () => {
  it("keeps fields it does not know, at the top and inside items, so saving again does not strip them", () => {
    const read = parseStudentData(student([handedIn("x", { grade: "B+" })], { folders: ["f"] }));
    expect(read).toMatchObject({ folders: ["f"], handedIn: [{ code: "x", grade: "B+" }] });
    expect(JSON.parse(JSON.stringify(read)).handedIn[0].grade).toBe("B+");
    expect(parseDeckData(deck([log("l1", { device: "phone" })]))?.logs[0]).toMatchObject({ device: "phone" });
  });

  it("an unknown enum value in one item leaves that item out alone and keeps the rest", () => {
    const raw = JSON.stringify({
      state: student([handedIn("a"), handedIn("b", { ending: "walked-out" }), handedIn("c")]),
      version: 1,
    });
    const r = parseEnvelope(raw, { version: 1, validate: parseStudentData });
    expect(r.ok && r.state.handedIn.map((h) => h.code)).toEqual(["a", "c"]);
    expect(r.ok && r.setAside).toBe(1);
  });

  it("one broken entry of a map or list is left out alone in every kind", () => {
    const d = parseEnvelope(
      JSON.stringify({ state: deck([log("l1"), log("l2", { rating: 9 }), log("l3")]), version: 1 }),
      {
        version: 1,
        validate: parseDeckData,
      },
    );
    expect(d.ok && d.state.logs.map((l) => l.id)).toEqual(["l1", "l3"]);
    expect(d.ok && d.setAside).toBe(1);

    const quiz = {
      attempts: [{ broken: true }],
      current: null,
      history: { "q-1": { seen: 1, right: 1, lastAnsweredAt: 1, lastCorrect: true }, "q-2": { seen: "x" } },
      discarded: [],
    };
    const q = parseEnvelope(JSON.stringify({ state: quiz, version: 1 }), { version: 1, validate: parseQuizData });
    expect(q.ok && q.state.attempts).toEqual([]);
    expect(q.ok && Object.keys(q.state.history)).toEqual(["q-1"]);
    expect(q.ok && q.setAside).toBe(2);

    const inbox = { server: "", inboxes: { a1: { id: 3 } }, outbox: {}, deleted: [] };
    const i = parseEnvelope(JSON.stringify({ state: inbox, version: 1 }), { version: 1, validate: parseInboxData });
    expect(i.ok && i.state.inboxes).toEqual({});
    expect(i.ok && i.setAside).toBe(1);
  });

  it("still refuses a store whose own shape is wrong, and counts nothing for a clean read", () => {
    expect(
      parseEnvelope(JSON.stringify({ state: student([], { handedIn: "no" }), version: 1 }), {
        version: 1,
        validate: parseStudentData,
      }).ok,
    ).toBe(false);
    const clean = parseEnvelope(JSON.stringify({ state: student([handedIn("a")]), version: 1 }), {
      version: 1,
      validate: parseStudentData,
    });
    expect(clean.ok && clean.setAside).toBe(0);
  });
});
