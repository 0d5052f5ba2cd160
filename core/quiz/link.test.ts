import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeQuizLink, encodeQuizLink } from "./link";
import { DEFAULT_QUIZ_SETTINGS } from "./settings";
import type { QuizSettings } from "./types";

const TOPICS = ["alpha", "beta", "gamma"];

describe("quiz links", () => {
  it("round-trips settings and seed (adaptive is always off in a link)", () => {
    const settingsArb = fc.record({
      count: fc.integer({ min: 5, max: 50 }),
      topics: fc.subarray(TOPICS),
      difficulties: fc.subarray([1, 2, 3] as const),
      types: fc.subarray(["single", "multiple", "true-false", "typed", "match", "order"] as const),
      levels: fc.subarray(["recall", "understand", "analyse"] as const),
      mode: fc.constantFrom("practice" as const, "exam" as const),
      timeLimitMin: fc.option(fc.integer({ min: 1, max: 180 })),
      adaptive: fc.boolean(),
    });
    fc.assert(
      fc.property(settingsArb, fc.integer({ min: 0, max: 0xffffffff }), (s, seed) => {
        const settings: QuizSettings = {
          ...s,
          difficulties: [...s.difficulties],
          topics: [...s.topics],
          types: [...s.types],
          levels: [...s.levels],
        };
        const decoded = decodeQuizLink(encodeQuizLink(settings, seed), TOPICS);
        expect(decoded?.problems).toEqual([]);
        expect(decoded?.seed).toBe(seed);
        expect(decoded?.settings).toEqual({
          ...settings,
          adaptive: false,
          timeLimitMin: settings.mode === "exam" ? settings.timeLimitMin : null,
        });
      }),
    );
  });

  it("writes a readable link", () => {
    const link = encodeQuizLink(
      { ...DEFAULT_QUIZ_SETTINGS, topics: ["alpha", "beta"], mode: "exam", timeLimitMin: 10 },
      12345,
    );
    expect(link).toBe("n=10&topics=alpha,beta&mode=exam&time=10&seed=12345");
  });

  it("carries the level filter as level=, in the levels' own order, and reports unknown levels", () => {
    const link = encodeQuizLink({ ...DEFAULT_QUIZ_SETTINGS, levels: ["analyse", "understand"] }, 7);
    expect(link).toBe("n=10&level=understand,analyse&mode=practice&seed=7");
    const d = decodeQuizLink("?level=analyse,deep,recall&seed=7", TOPICS);
    expect(d?.settings.levels).toEqual(["recall", "analyse"]);
    expect(d?.problems).toEqual(["Level must be recall, understand or analyse; other values were left out."]);
    expect(decodeQuizLink("?level=analyse", TOPICS)?.settings.levels).toEqual(["analyse"]);
  });

  it("returns null for a page address without quiz parameters", () => {
    expect(decodeQuizLink("", TOPICS)).toBeNull();
    expect(decodeQuizLink("?utm_source=mail", TOPICS)).toBeNull();
  });

  it("falls back to defaults, in plain words, for tampered parameters", () => {
    const d = decodeQuizLink("?n=500&topics=alpha,evil&types=essay&difficulty=9&mode=hard&time=-1&seed=abc", TOPICS);
    expect(d?.settings).toEqual({ ...DEFAULT_QUIZ_SETTINGS, adaptive: false, topics: ["alpha"] });
    expect(d?.seed).toBeNull();
    expect(d?.problems).toHaveLength(7);
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const d = decodeQuizLink(s, TOPICS);
        if (d) {
          expect(d.settings.count).toBeGreaterThanOrEqual(5);
          expect(d.settings.count).toBeLessThanOrEqual(50);
        }
      }),
    );
  });
});
