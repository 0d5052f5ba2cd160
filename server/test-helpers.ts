// Shared by the server tests and the inbox bench: result codes for an assignment, as a student's app makes them.
import { encodeResult } from "@/core/assignment/result/result-code";

const STARTED = Date.UTC(2026, 10, 30, 9, 0, 0);

/** A valid result code for an assignment id, unique per (name, variant). */
export function resultCode(assignmentId: string, name: string, variant = 0): string {
  return encodeResult({
    assignmentId,
    name,
    questionIds: ["q-001", "q-002", "q-003"],
    answers: [{ kind: "index", value: variant % 4 }, { kind: "bool", value: variant % 2 === 0 }, null],
    startedAt: STARTED + variant * 1000,
    submittedAt: STARTED + variant * 1000 + 600_000,
    bankVersion: "test",
  });
}
