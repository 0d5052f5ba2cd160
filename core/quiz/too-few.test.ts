import { describe, expect, it } from "vitest";
import { readBank } from "../../scripts/lib/read-bank";
import { quizCapacity } from "./pool";
import { DEFAULT_QUIZ_SETTINGS } from "./settings";
import { tooFewAdvice } from "./too-few";
import type { QuizSettings } from "./types";

const bank = readBank();
const settings = (over: Partial<QuizSettings>): QuizSettings => ({
  ...DEFAULT_QUIZ_SETTINGS,
  adaptive: false,
  ...over,
});

describe("tooFewAdvice", () => {
  it("names the filters to loosen and what each would give, when nothing matches", () => {
    const s = settings({ count: 30, types: ["order"], difficulties: [3], levels: ["recall"] });
    expect(quizCapacity(bank, s)).toBe(0);
    const gives = (over: Partial<QuizSettings>) => quizCapacity(bank, { ...s, ...over });
    const [types, difficulties, levels, all] = [
      gives({ types: [] }),
      gives({ difficulties: [] }),
      gives({ levels: [] }),
      gives({ types: [], difficulties: [], levels: [] }),
    ];
    const advice = tooFewAdvice(bank, s);
    // No hard recall question exists at all, so ticking every question type alone gives nothing.
    expect(types).toBe(0);
    expect(difficulties).toBeGreaterThan(levels);
    expect(levels).toBeGreaterThan(0);
    expect(all).toBeGreaterThanOrEqual(30);
    expect(advice).toBe(
      `No questions match these settings. Ticking every difficulty would give ${difficulties} questions, every level ${levels}; ticking all of them, ${all}.`,
    );
  });

  it("offers a smaller quiz when enough questions match for one", () => {
    const s = settings({ count: 40, difficulties: [3], types: ["single"] });
    const available = quizCapacity(bank, s);
    expect(available).toBeGreaterThanOrEqual(5);
    const advice = tooFewAdvice(bank, s);
    expect(advice).toMatch(new RegExp(`^Only ${available} questions match these settings\\. Ticking every `));
    expect(advice).toMatch(new RegExp(` Or ask for ${available} or fewer\\.$`));
  });

  it("says plainly when only fewer questions would do", () => {
    const s = settings({ count: 50, paragraphs: [25, 26] });
    const available = quizCapacity(bank, s);
    expect(tooFewAdvice(bank, s)).toBe(
      `Only ${available} questions match these settings. Ask for ${available} or fewer.`,
    );
  });
});
