// Plain JSON shapes for the deck: what the store saves and what the rest of the app reads.
// Times are epoch milliseconds so they survive JSON and compare with plain numbers.

export type CardStateName = "new" | "learning" | "review" | "relearning";

/** Again, Hard, Good, Easy: the four grades, as keys 1 to 4. */
export type Grade = 1 | 2 | 3 | 4;
export const GRADES = [1, 2, 3, 4] as const satisfies readonly Grade[];
export const GRADE_LABELS: Record<Grade, string> = { 1: "Again", 2: "Hard", 3: "Good", 4: "Easy" };

/** The FSRS memory state of one card, plus the id of the review that produced it (null before any review). */
export type CardSchedule = {
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  reps: number;
  lapses: number;
  state: CardStateName;
  lastReview: number | null;
  lastLogId: string | null;
};

/** One review, as ts-fsrs logs it (state and memory before the grade), kept forever so schedules can be recomputed. */
export type ReviewLogEntry = {
  id: string;
  cardId: string;
  rating: Grade;
  state: CardStateName;
  due: number;
  stability: number;
  difficulty: number;
  elapsedDays: number;
  lastElapsedDays: number;
  scheduledDays: number;
  learningSteps: number;
  review: number;
  /** Time spent on the card before grading, capped (for the session summary and statistics). */
  durationMs: number;
  /** When the grade was undone: the entry stays so another tab cannot bring it back. */
  undoneAt?: number;
};

export type SchedulerSettings = {
  /** Desired retention, 0.80 to 0.97. */
  retention: number;
  /** New cards introduced per day. */
  newPerDay: number;
};

export const DEFAULT_SETTINGS: SchedulerSettings = { retention: 0.9, newPerDay: 20 };
export const RETENTION_MIN = 0.8;
export const RETENTION_MAX = 0.97;
export const NEW_PER_DAY_MAX = 200;

export type CardStates = Record<string, CardSchedule>;
