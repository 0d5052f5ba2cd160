import { describe, expect, it } from "vitest";
import { progressBusy } from "./first-paint-rule";

const KEYS: [string, string] = ["debrief:quiz", "debrief:cards"];
const saved = (items: Record<string, unknown>) => (key: string) =>
  key in items ? (typeof items[key] === "string" ? (items[key] as string) : JSON.stringify(items[key])) : null;

describe("progressBusy: whether /progress can first paint a new visitor's dashboard", () => {
  it("is false with nothing saved, or only empty quiz and card data (settings, a quiz in progress)", () => {
    expect(progressBusy(saved({}), "", KEYS)).toBe(false);
    const emptyQuiz = { state: { attempts: [], history: {}, current: { id: "x" }, discarded: [] }, version: 1 };
    const emptyDeck = { state: { cards: {}, logs: [], settings: { newPerDay: 20 }, session: null }, version: 1 };
    expect(progressBusy(saved({ "debrief:quiz": emptyQuiz, "debrief:cards": emptyDeck }), "", KEYS)).toBe(false);
  });

  it("is true with finished attempts, answer history, card reviews or card schedules", () => {
    const cases = [
      { "debrief:quiz": { state: { attempts: [{ id: "a" }], history: {} }, version: 1 } },
      { "debrief:quiz": { state: { attempts: [], history: { "q-001": { seen: 1 } } }, version: 1 } },
      { "debrief:cards": { state: { cards: {}, logs: [{ id: "l" }] }, version: 1 } },
      { "debrief:cards": { state: { cards: { "c-001": { state: "review" } }, logs: [] }, version: 1 } },
    ];
    for (const items of cases) expect(progressBusy(saved(items), "", KEYS), JSON.stringify(items)).toBe(true);
  });

  it("is true for anything it cannot read as plainly empty: broken text, another shape, storage that throws", () => {
    expect(progressBusy(saved({ "debrief:quiz": "{not json" }), "", KEYS)).toBe(true);
    expect(progressBusy(saved({ "debrief:quiz": { attempts: [] } }), "", KEYS)).toBe(true);
    expect(progressBusy(saved({ "debrief:cards": { state: { logs: "many" } } }), "", KEYS)).toBe(true);
    expect(progressBusy(saved({ "debrief:quiz": "null" }), "", KEYS)).toBe(true);
    const throwing = () => {
      throw new Error("SecurityError");
    };
    expect(progressBusy(throwing, "", KEYS)).toBe(true);
  });

  it("is true when the address names an attempt to review", () => {
    expect(progressBusy(saved({}), "?attempt=att-1", KEYS)).toBe(true);
    expect(progressBusy(saved({}), "?from=home&attempt=x", KEYS)).toBe(true);
    expect(progressBusy(saved({}), "?attempts=1", KEYS)).toBe(false);
  });
});
