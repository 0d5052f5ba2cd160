// Times quiz generation: median of 1000 runs of a 50-question quiz from the real bank (adaptive, with a history),
// printed as JSON for scripts/bench-extra.mjs.
import { performance } from "node:perf_hooks";
import { generateQuiz } from "../core/quiz/generate";
import { DEFAULT_QUIZ_SETTINGS } from "../core/quiz/settings";
import { fixtureBank } from "../test-fixtures/fixture-bank";
import type { QuestionHistory } from "../core/quiz/types";
import { readBank } from "./lib/read-bank";

const real = readBank();
// While the bank is still being written it may hold fewer than 50 active questions: fall back to a synthetic one.
const enough = real.questions.filter((q) => !q.retired).length >= 50;
const bank = enough ? real : fixtureBank(20);
const history: QuestionHistory = Object.fromEntries(
  bank.questions
    .filter((_, i) => i % 2 === 0)
    .map((q, i) => [
      q.id,
      { seen: 1, right: i % 3 ? 1 : 0, lastAnsweredAt: 1_700_000_000_000 + i, lastCorrect: i % 3 !== 0 },
    ]),
);
const settings = { ...DEFAULT_QUIZ_SETTINGS, count: 50 };
const RUNS = 1000;
for (let i = 0; i < 100; i++) generateQuiz(bank, settings, i, history); // warm up the JIT
const times: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const t0 = performance.now();
  const r = generateQuiz(bank, settings, i, history);
  times.push(performance.now() - t0);
  if (!r.ok) throw new Error(`only ${r.available} questions available`);
}
times.sort((a, b) => a - b);
console.log(JSON.stringify({ medianMs: times[Math.floor(RUNS / 2)], runs: RUNS, bank: enough ? "real" : "synthetic" }));
