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
      paragraphs: fc.option(
        fc.tuple(fc.integer({ min: 1, max: 40 }), fc.integer({ min: 0, max: 9 })).map(([a, d]) => [a, a + d]),
        { nil: undefined },
      ),
    });
    fc.assert(
      fc.property(settingsArb, fc.integer({ min: 0, max: 0xffffffff }), (s, seed) => {
        const { paragraphs, ...rest } = s;
        const settings: QuizSettings = {
          ...rest,
          ...(paragraphs ? { paragraphs: paragraphs as [number, number] } : {}),
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

  it("carries a section's paragraphs as paras=p4-p16, and a section link without a seed draws afresh", () => {
    const section = { ...DEFAULT_QUIZ_SETTINGS, adaptive: false, paragraphs: [4, 16] as [number, number] };
    expect(encodeQuizLink(section, null)).toBe("n=10&paras=p4-p16&mode=practice");
    expect(encodeQuizLink(section, 9)).toBe("n=10&paras=p4-p16&mode=practice&seed=9");
    expect(decodeQuizLink("?paras=p4-p16", TOPICS)).toEqual({ settings: section, seed: null, problems: [] });
    expect(decodeQuizLink("?n=10&paras=p4-p16&mode=practice&seed=9", TOPICS)?.seed).toBe(9);
    for (const bad of ["p16-p4", "4-16", "p0-p3", "p4", "p4-p16-p20", ""]) {
      const d = decodeQuizLink(`?paras=${bad}&seed=1`, TOPICS);
      expect(d?.settings.paragraphs, bad).toBeUndefined();
      expect(d?.problems, bad).toEqual([
        "The paragraphs in the link could not be read, so the questions come from the whole article.",
      ]);
    }
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
