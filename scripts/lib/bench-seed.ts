// Seeded gradebooks for the bench: one assignment and N students' result codes, made with core/'s own encoders, so the
// bench measures exactly what a teacher's browser decodes, grades and analyses.
import type { RawAnswer } from "../../core/assignment/result/answers";
import { encodeAssignment, type Assignment, type InboxRef } from "../../core/assignment/link/assignment-code";
import { encodeResult } from "../../core/assignment/result/result-code";
import type { Bank, Question } from "../../core/bank/schema";
import { createRandom, shuffle } from "../../core/random";

/** A fixed instant, so every run seeds the same codes (epoch ms, 2026-11-02 09:00 UTC). */
export const SEED_NOW = Date.UTC(2026, 10, 2, 9, 0, 0);

/** A plausible answer: right about 60 % of the time, sometimes blank, otherwise a wrong pick of the right kind. */
function answerFor(q: Question, random: () => number): RawAnswer | null {
  const r = random();
  if (r < 0.05) return null;
  const right = r < 0.65;
  const pick = (n: number) => Math.floor(random() * n);
  switch (q.type) {
    case "single": {
      const key = q.options.findIndex((o) => o.text === q.answer);
      const wrong = q.options.map((_, i) => i).filter((i) => i !== key);
      return { kind: "index", value: right ? key : (wrong[pick(wrong.length)] ?? key) };
    }
    case "multiple": {
      const keys = q.options.flatMap((o, i) => (q.answer.includes(o.text) ? [i] : []));
      return { kind: "set", values: right ? keys : keys.slice(0, Math.max(1, keys.length - 1)) };
    }
    case "true-false":
      return { kind: "bool", value: right ? q.answer : !q.answer };
    case "typed":
      return { kind: "text", value: right ? q.answer : ["I am not sure", "Europol", "Spain"][pick(3)]! };
    case "match": {
      const n = q.answer.length;
      return { kind: "pairs", values: right ? q.answer.map((_, i) => i) : q.answer.map((_, i) => (i + 1) % n) };
    }
    case "order": {
      const n = q.answer.length;
      const order = q.answer.map((_, i) => i);
      return { kind: "order", values: right ? order : [...order.slice(1), 0].slice(0, n) };
    }
  }
}

/** The active questions of the bank in a seeded order. */
export function pickQuestions(bank: Bank, count: number, seed = 1): string[] {
  const active = bank.questions.filter((q) => !q.retired).map((q) => q.id);
  return shuffle(active, createRandom(seed)).slice(0, count);
}

/** An assignment of `questions` questions as a teacher would make it (a short title, no instructions). */
export function seedAssignment(bank: Bank, questions: number, inbox?: InboxRef): Assignment {
  return encodeAssignment({
    title: "Week 3: the Moroccan model",
    instructions: "",
    questionIds: pickQuestions(bank, questions),
    mode: "exam",
    timeLimitMinutes: 30,
    showScore: true,
    showKey: false,
    requireName: true,
    teacherEmail: "",
    seed: 424242,
    bankVersion: bank.version,
    ...(inbox ? { inbox } : {}),
  });
}

/** `students` result codes for the assignment: distinct names, seeded answers, handed in over one morning. */
export function seedResultCodes(bank: Bank, assignment: Assignment, students: number): string[] {
  const random = createRandom(7);
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  return Array.from({ length: students }, (_, s) => {
    const startedAt = SEED_NOW + s * 7_000;
    return encodeResult({
      assignmentId: assignment.id,
      name: `Student ${String(s + 1).padStart(4, "0")}`,
      questionIds: assignment.questionIds,
      answers: assignment.questionIds.map((id) => {
        const q = byId.get(id);
        return q ? answerFor(q, random) : null;
      }),
      startedAt,
      submittedAt: startedAt + 12 * 60_000 + Math.floor(random() * 15 * 60_000),
      bankVersion: bank.version,
    });
  });
}
