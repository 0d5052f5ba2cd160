import { describe, expect, it } from "vitest";
import { combineQuizData } from "./merge";
import type { FinishedAttempt, OpenAttempt } from "./saved";
import { parseQuizData } from "./schemas";
import { DEFAULT_QUIZ_SETTINGS } from "./settings";

const NOW = Date.UTC(2026, 0, 15, 12);
const attempt = (id: string, over: Partial<OpenAttempt> = {}): OpenAttempt => ({
  id,
  settings: DEFAULT_QUIZ_SETTINGS,
  seed: 1,
  bankVersion: "v",
  questionIds: ["q-001", "q-002"],
  responses: { "q-001": { type: "single", choice: "A" } },
  scores: { "q-001": 1 },
  startedAt: NOW,
  endedAt: null,
  score: null,
  index: 1,
  flags: [],
  deadline: null,
  updatedAt: NOW,
  kind: "quiz",
  ...over,
});
const finished = (id: string, endedAt = NOW + 1): FinishedAttempt => ({ ...attempt(id), endedAt, score: 0.5 });
const empty = { attempts: [], current: null, history: {}, discarded: [] };

describe("saved quiz data", () => {
  it("unions finished attempts by id and keeps the newest in-progress attempt", () => {
    const saved = {
      ...empty,
      attempts: [finished("a"), finished("b", NOW + 5)],
      current: attempt("x", { updatedAt: NOW + 9 }),
    };
    const mine = {
      ...empty,
      attempts: [finished("a"), finished("c", NOW + 3)],
      current: attempt("y", { updatedAt: NOW + 2 }),
    };
    const merged = combineQuizData(saved, mine);
    expect(merged.attempts.map((a) => a.id)).toEqual(["a", "c", "b"]);
    expect(merged.current?.id).toBe("x");
  });

  it("drops an in-progress copy once it is finished or discarded in another tab", () => {
    expect(
      combineQuizData({ ...empty, current: attempt("x") }, { ...empty, attempts: [finished("x")] }).current,
    ).toBeNull();
    expect(combineQuizData({ ...empty, current: attempt("x") }, { ...empty, discarded: ["x"] }).current).toBeNull();
  });

  it("keeps the fuller history of each question", () => {
    const h = (seen: number, at: number) => ({ seen, right: 0, lastAnsweredAt: at, lastCorrect: false });
    const merged = combineQuizData(
      { ...empty, history: { a: h(3, 1), b: h(1, 1) } },
      { ...empty, history: { a: h(2, 9), b: h(2, 2) } },
    );
    expect(merged.history).toEqual({ a: h(3, 1), b: h(2, 2) });
  });

  it("accepts its own shape and rejects foreign or tampered data", () => {
    const good = { attempts: [finished("a")], current: attempt("x"), history: {}, discarded: [] };
    expect(parseQuizData(JSON.parse(JSON.stringify(good)))).toEqual(good);
    expect(parseQuizData({ cards: [] })).toBeNull();
    expect(parseQuizData(null)).toBeNull();
    expect(parseQuizData({ ...good, current: { ...attempt("x"), responses: { q: { type: "essay" } } } })).toBeNull();
    // An unreadable finished attempt is left out alone (core/validate itemsOf); the rest is kept.
    expect(parseQuizData({ ...good, attempts: [attempt("unfinished"), finished("a")] })?.attempts).toEqual([
      finished("a"),
    ]);
    expect(parseQuizData({ ...good, current: { ...attempt("x"), scores: { q: 7 } } })).toBeNull();
    expect(
      parseQuizData({ ...good, current: { ...attempt("x"), settings: { ...DEFAULT_QUIZ_SETTINGS, mode: "race" } } }),
    ).toBeNull();
  });

  it("keeps keys it does not know (a newer version's), so saving again does not strip them", () => {
    const good = { attempts: [], current: { ...attempt("x"), extra: "<script>" }, history: {}, discarded: [], more: 1 };
    expect(parseQuizData(good)).toEqual(good);
  });
});
