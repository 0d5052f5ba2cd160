// Further bench figures that other features add (for example quiz generation time). Each returns
// { name, value, unit, budget, status }.
import { execFileSync } from "node:child_process";

/** Quiz generation: median of 1000 runs of a 50-question quiz (scripts/bench-quiz.ts, run through tsx). */
function quizGenerationRow() {
  const budget = 1;
  try {
    const out = execFileSync("npx", ["tsx", "scripts/bench-quiz.ts"], { encoding: "utf8" });
    const { medianMs, bank } = JSON.parse(out.trim().split("\n").pop());
    const value = Number(medianMs.toFixed(3));
    return {
      name: `quiz generation, 50 questions (median of 1000, ${bank} bank)`,
      value,
      unit: "ms",
      budget,
      status: value < budget ? "PASS" : "FAIL",
    };
  } catch (e) {
    return { name: "quiz generation", value: NaN, unit: "ms", budget, status: "FAIL", error: String(e) };
  }
}

export async function extraBenchRows() {
  return [quizGenerationRow()];
}
