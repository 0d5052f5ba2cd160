import type { AssignmentSpec } from "./assignment-code";

/** An assignment's settings as the teacher's form holds them: the time limit as typed, so a wrong value is explained, not changed. */
export type SettingsDraft = Pick<
  AssignmentSpec,
  "mode" | "showScore" | "showKey" | "requireName" | "teacherEmail" | "attempts" | "keep"
> & { timeLimitText: string };

/** A new assignment's settings: one exam attempt, no time limit, score and key shown, names asked. */
export const DEFAULT_ASSIGNMENT_SETTINGS: SettingsDraft = {
  mode: "exam",
  timeLimitText: "",
  showScore: true,
  showKey: true,
  requireName: true,
  teacherEmail: "",
  attempts: 1,
  keep: "first",
};
