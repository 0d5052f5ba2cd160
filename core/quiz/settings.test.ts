import { describe, expect, it } from "vitest";
import { questionCountFrom, timeLimitFrom } from "./link";
import { MAX_QUESTIONS, MAX_TIME_LIMIT_MIN, MIN_QUESTIONS } from "./settings";

describe("quiz settings bounds", () => {
  it("accepts whole numbers of questions within the bounds only", () => {
    expect(questionCountFrom(String(MIN_QUESTIONS))).toBe(MIN_QUESTIONS);
    expect(questionCountFrom(String(MAX_QUESTIONS))).toBe(MAX_QUESTIONS);
    for (const bad of [String(MIN_QUESTIONS - 1), String(MAX_QUESTIONS + 1), "", "ten", "10.5", "-10", "1e1"])
      expect(questionCountFrom(bad)).toBeNull();
  });

  it("accepts exam time limits from one minute to the maximum", () => {
    expect(timeLimitFrom("1")).toBe(1);
    expect(timeLimitFrom(String(MAX_TIME_LIMIT_MIN))).toBe(MAX_TIME_LIMIT_MIN);
    for (const bad of ["0", String(MAX_TIME_LIMIT_MIN + 1), "", "5 min", "99999999999999999999"])
      expect(timeLimitFrom(bad)).toBeNull();
  });
});
