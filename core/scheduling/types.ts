// Plain JSON shapes for the deck: what the store saves and what the rest of the app reads. The saved shapes are
// inferred from their schemas (./schemas), which only the store loads. Times are epoch milliseconds.
import type { InferOutput } from "valibot";
import type { CardScheduleSchema, DeckArchiveSchema, GradeSchema, ReviewLogSchema } from "./schemas";

/** Again, Hard, Good, Easy: the four grades, as keys 1 to 4. */
export type Grade = InferOutput<typeof GradeSchema>;
export const GRADES = [1, 2, 3, 4] as const satisfies readonly Grade[];
export const GRADE_LABELS: Record<Grade, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

export type CardSchedule = InferOutput<typeof CardScheduleSchema>;
export type CardStateName = CardSchedule["state"];
export type ReviewLogEntry = InferOutput<typeof ReviewLogSchema>;
export type DeckArchive = InferOutput<typeof DeckArchiveSchema>;

export type SchedulerSettings = {
  /** Desired retention, 0.80 to 0.97. */
  retention: number;
  /** New cards introduced per day. */
  newPerDay: number;
};

export const DEFAULT_SCHEDULER_SETTINGS: SchedulerSettings = { retention: 0.9, newPerDay: 20 };
export const RETENTION_MIN = 0.8;
export const RETENTION_MAX = 0.97;
export const NEW_PER_DAY_MAX = 200;

export type CardStates = Record<string, CardSchedule>;
