import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { fixtureBank } from "@/test-fixtures/fixture-bank";
import { DEFAULT_QUIZ_SETTINGS, MAX_QUESTIONS, MIN_QUESTIONS } from "./settings";
import { generateQuiz, matchingQuestions, prepareQuestion, prepareQuestions, quizCapacity } from "./generate";
import { QUIZ_QUESTION_TYPES, type QuestionHistory, type QuizSettings } from "./types";
import { compatibleAdditions, excludedPairs } from "../bank/excludes";
import { readBank } from "../../scripts/lib/read-bank";
import { createRandom, shuffle } from "../random";

const bank = fixtureBank(); // 36 questions in 3 topics, q-001 retired
const settings = (over: Partial<QuizSettings> = {}): QuizSettings => ({
  ...DEFAULT_QUIZ_SETTINGS,
  adaptive: false,
  ...over,
});
const byId = new Map(bank.questions.map((q) => [q.id, q]));

function ids(result: ReturnType<typeof generateQuiz>): string[] {
  if (!result.ok) throw new Error(`expected a quiz, got ${result.available} available`);
  return result.quiz.questionIds;
}

describe("generateQuiz", () => {
  it("is deterministic for a seed, and different seeds give different quizzes", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 5, max: 35 }), (seed, count) => {
        expect(generateQuiz(bank, settings({ count }), seed)).toEqual(generateQuiz(bank, settings({ count }), seed));
      }),
      { numRuns: 200 },
    );
    expect(ids(generateQuiz(bank, settings(), 1))).not.toEqual(ids(generateQuiz(bank, settings(), 2)));
  });

  it("picks the asked number without repeats and never a retired question", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.integer({ min: 5, max: 35 }), (seed, count) => {
        const picked = ids(generateQuiz(bank, settings({ count }), seed));
        expect(picked).toHaveLength(count);
        expect(new Set(picked).size).toBe(count);
        expect(picked).not.toContain("q-001");
      }),
      { numRuns: 200 },
    );
  });

  it("spreads questions evenly across the chosen topics", () => {
    const picked = ids(generateQuiz(bank, settings({ count: 9 }), 7));
    const counts = ["alpha", "beta", "gamma"].map((t) => picked.filter((id) => byId.get(id)?.topic === t).length);
    expect(counts).toEqual([3, 3, 3]);
  });

  it("applies topic, difficulty and type filters", () => {
    const s = settings({
      count: 5,
      topics: ["beta", "gamma"],
      difficulties: [1, 2],
      types: ["single", "typed", "match", "order"],
    });
    for (const id of ids(generateQuiz(bank, s, 3))) {
      const q = byId.get(id);
      expect(["beta", "gamma"]).toContain(q?.topic);
      expect([1, 2]).toContain(q?.difficulty);
      expect(["single", "typed", "match", "order"]).toContain(q?.type);
    }
  });

  it("filters by level: only questions at the chosen levels, the same quiz for the same seed", () => {
    const shipped = readBank();
    const level = new Map(shipped.questions.map((q) => [q.id, q.level]));
    const s = settings({ count: 20, levels: ["understand", "analyse"] });
    const picked = ids(generateQuiz(shipped, s, 11));
    expect(picked).toHaveLength(20);
    for (const id of picked) expect(["understand", "analyse"]).toContain(level.get(id));
    expect(ids(generateQuiz(shipped, s, 11))).toEqual(picked);
    const analyse = matchingQuestions(shipped, settings({ levels: ["analyse"] }));
    expect(analyse.length).toBe(shipped.questions.filter((q) => !q.retired && q.level === "analyse").length);
    expect(analyse.length).toBeGreaterThan(0);
  });

  it("leaves out questions with no level when a level is chosen, and keeps them when none is", () => {
    const unlevelled = bank.questions.filter((q) => !q.retired && q.level === undefined).length;
    expect(unlevelled).toBeGreaterThan(0);
    expect(matchingQuestions(bank, settings({ levels: ["recall"] }))).toEqual([]);
    expect(matchingQuestions(bank, settings({ levels: [] }))).toHaveLength(35);
  });

  it("filters by the paragraphs a section quiz asks for, each question by the paragraph it cites", () => {
    const shipped = readBank();
    const cited = (id: string) => Number(shipped.questions.find((q) => q.id === id)!.source.paragraph.slice(1));
    const s = settings({ count: 30, paragraphs: [4, 16] });
    const picked = ids(generateQuiz(shipped, s, 5));
    expect(picked).toHaveLength(30);
    for (const id of picked) expect(cited(id)).toBeGreaterThanOrEqual(4);
    for (const id of picked) expect(cited(id)).toBeLessThanOrEqual(16);
    // Every question citing the section counts, whatever its topic (topics cross sections).
    const inside = shipped.questions.filter((q) => !q.retired && cited(q.id) >= 4 && cited(q.id) <= 16);
    expect(matchingQuestions(shipped, s)).toHaveLength(inside.length);
    expect(new Set(inside.map((q) => q.topic)).size).toBeGreaterThan(1);
  });

  it("says how many questions are available when the filters leave too few", () => {
    const s = settings({ count: 10, topics: ["alpha"], types: ["single"] });
    expect(generateQuiz(bank, s, 1)).toEqual({ ok: false, available: matchingQuestions(bank, s).length });
    expect(generateQuiz(bank, settings({ count: 50 }), 1)).toEqual({ ok: false, available: 35 });
  });

  it("adaptive: prefers never seen, then wrong, then least recently right", () => {
    const active = bank.questions.filter((q) => !q.retired && q.topic === "alpha").map((q) => q.id);
    const history: QuestionHistory = {};
    // All alpha questions seen; two wrong, the rest right at increasing times; one never seen.
    active.forEach((id, i) => (history[id] = { seen: 1, right: 1, lastAnsweredAt: 1000 + i, lastCorrect: true }));
    const [unseen, wrong1, wrong2, oldestRight, ...rest] = active as [string, string, string, string, ...string[]];
    delete history[unseen];
    history[wrong1] = { seen: 2, right: 0, lastAnsweredAt: 5000, lastCorrect: false };
    history[wrong2] = { seen: 1, right: 0, lastAnsweredAt: 6000, lastCorrect: false };
    history[oldestRight] = { seen: 1, right: 1, lastAnsweredAt: 1, lastCorrect: true };
    for (const seed of [1, 2, 3, 4]) {
      const picked = ids(generateQuiz(bank, settings({ count: 5, topics: ["alpha"], adaptive: true }), seed, history));
      expect(new Set(picked)).toEqual(new Set([unseen, wrong1, wrong2, oldestRight, rest[0]]));
    }
    // Without the adaptive setting the history is ignored.
    const plain = generateQuiz(bank, settings({ count: 5, topics: ["alpha"] }), 1, history);
    expect(plain).toEqual(generateQuiz(bank, settings({ count: 5, topics: ["alpha"] }), 1));
  });
});

describe("prepareQuestions", () => {
  it("is deterministic and does not depend on the question's position", () => {
    const a = prepareQuestions(bank, ["q-002", "q-005", "q-006"], 42);
    const b = prepareQuestions(bank, ["q-006", "q-002", "q-005"], 42);
    expect(a).toEqual(prepareQuestions(bank, ["q-002", "q-005", "q-006"], 42));
    expect(new Map(a.map((p) => [p.id, p.order]))).toEqual(new Map(b.map((p) => [p.id, p.order])));
  });

  it("resolves retired questions for old attempts and leaves unknown ids out", () => {
    expect(prepareQuestions(bank, ["q-001", "q-999"], 1).map((p) => p.id)).toEqual(["q-001"]);
  });

  it("presents a permutation of the options, pairs and items, and never an order question already solved", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(...bank.questions), (seed, q) => {
        const { order } = prepareQuestion(q, seed);
        const expected =
          q.type === "single" || q.type === "multiple"
            ? q.options.map((o) => o.text)
            : q.type === "match"
              ? q.answer.map((p) => p.right)
              : q.type === "order"
                ? q.answer
                : [];
        expect([...order].sort()).toEqual([...expected].sort());
        if (q.type === "order") expect(order).not.toEqual(q.answer);
      }),
      { numRuns: 500 },
    );
  });

  it("keeps fixed-order options in their written order", () => {
    const q = bank.questions.find((x) => x.type === "single");
    if (q?.type !== "single") throw new Error("fixture has a single question");
    const fixed = { ...q, fixedOrder: true };
    for (const seed of [1, 2, 3]) expect(prepareQuestion(fixed, seed).order).toEqual(["A", "B", "C", "D"]);
  });
});

describe("shuffle", () => {
  it("is a permutation", () => {
    fc.assert(
      fc.property(fc.array(fc.integer()), fc.integer(), (items, seed) => {
        const out = shuffle(items, createRandom(seed));
        expect([...out].sort()).toEqual([...items].sort());
      }),
    );
  });
});

describe("questions that give each other away (shipped bank)", () => {
  const shipped = readBank();
  const excludes = new Map(shipped.questions.map((q) => [q.id, new Set(q.excludes ?? [])]));
  const topics = shipped.topics.map((t) => t.id);
  const arbitrarySettings = fc.record({
    count: fc.integer({ min: MIN_QUESTIONS, max: MAX_QUESTIONS }),
    topics: fc.subarray(topics),
    difficulties: fc.subarray([1, 2, 3] as const),
    types: fc.subarray([...QUIZ_QUESTION_TYPES]),
    adaptive: fc.boolean(),
  });
  const arbitraryHistory = fc.dictionary(
    fc.constantFrom(...shipped.questions.map((q) => q.id)),
    fc.record({
      seen: fc.integer({ min: 0, max: 5 }),
      right: fc.integer({ min: 0, max: 5 }),
      lastAnsweredAt: fc.integer({ min: 0, max: 1e6 }),
      lastCorrect: fc.boolean(),
    }),
  );

  it("never puts two questions that exclude each other in one quiz, and fills every quiz the settings allow", () => {
    fc.assert(
      fc.property(arbitrarySettings, fc.integer(), arbitraryHistory, (over, seed, history) => {
        const s = settings(over);
        const result = generateQuiz(shipped, s, seed, history);
        const capacity = quizCapacity(shipped, s);
        if (!result.ok) {
          expect(result.available).toBe(capacity);
          expect(capacity).toBeLessThan(over.count);
          return;
        }
        const picked = result.quiz.questionIds;
        expect(picked).toHaveLength(over.count);
        expect(new Set(picked).size).toBe(picked.length);
        for (const a of picked) for (const b of picked) expect(excludes.get(a)?.has(b), `${a} with ${b}`).toBe(false);
      }),
      { numRuns: 400 },
    );
  });

  it("can still make a full-length quiz from the whole bank", () => {
    expect(quizCapacity(shipped, settings())).toBeGreaterThanOrEqual(MAX_QUESTIONS);
  });

  it("names the pairs a teacher picked that give each other away", () => {
    expect(excludedPairs(shipped.questions, ["q-013", "q-019", "q-014", "q-023", "q-024"])).toEqual([
      ["q-013", "q-014"],
      ["q-023", "q-024"],
    ]);
    expect(excludedPairs(shipped.questions, ["q-019", "q-160"])).toEqual([]);
  });

  it("adds at random only questions that give nothing away to those already chosen", () => {
    const active = shipped.questions.filter((q) => !q.retired);
    fc.assert(
      fc.property(
        fc.subarray(
          active.map((q) => q.id),
          { maxLength: 10 },
        ),
        fc.integer(),
        (chosen, seed) => {
          const selected = chosen.filter(
            (id, i) => excludedPairs(shipped.questions, chosen.slice(0, i + 1)).length === 0,
          );
          const added = compatibleAdditions(shipped.questions, selected, shuffle(active, createRandom(seed)));
          const all = [...selected, ...added.map((q) => q.id)];
          expect(new Set(all).size).toBe(all.length);
          expect(excludedPairs(shipped.questions, all)).toEqual([]);
        },
      ),
      { numRuns: 200 },
    );
  });

  it("keeps the pairs the issue names apart", () => {
    for (const [a, b] of [
      ["q-013", "q-014"],
      ["q-023", "q-024"],
      ["q-105", "q-107"],
      ["q-159", "q-160"],
      ["q-114", "q-111"],
      ["q-114", "q-112"],
    ])
      expect(excludes.get(a as string)?.has(b as string), `${a} ${b}`).toBe(true);
  });
});
