"use client";

import type { AssignmentSpec } from "@/core/assignment/assignment-code";
import { ASSIGNMENT_LIMITS } from "@/core/assignment/assignment-code";
import { input } from "@/components/ui/styles";

export type SettingsDraft = Pick<
  AssignmentSpec,
  "mode" | "timeLimitMinutes" | "showScore" | "showKey" | "requireName" | "teacherEmail"
>;

/** Mode, time limit, what students see after submitting, and where they hand in. */
export function AssignmentSettings({
  value,
  onChange,
}: {
  value: SettingsDraft;
  onChange: (v: SettingsDraft) => void;
}) {
  const set = (patch: Partial<SettingsDraft>) => onChange({ ...value, ...patch });
  return (
    <fieldset className="space-y-3">
      <legend className="text-xl font-semibold">Settings</legend>
      <fieldset>
        <legend className="font-medium">Mode</legend>
        <label className="mr-4 inline-flex min-h-11 items-center gap-2">
          <input type="radio" name="mode" checked={value.mode === "exam"} onChange={() => set({ mode: "exam" })} />
          Exam: answers are checked at the end
        </label>
        <label className="inline-flex min-h-11 items-center gap-2">
          <input
            type="radio"
            name="mode"
            checked={value.mode === "practice"}
            onChange={() => set({ mode: "practice" })}
          />
          Practice: feedback after each answer
        </label>
      </fieldset>
      <label className="block max-w-xs">
        Time limit in minutes (leave empty for none)
        <input
          className={input}
          type="number"
          min={1}
          max={ASSIGNMENT_LIMITS.timeLimitMinutes}
          value={value.timeLimitMinutes ?? ""}
          onChange={(e) => {
            const n = Math.round(Number(e.target.value));
            set({
              timeLimitMinutes:
                e.target.value === "" || !(n > 0) ? null : Math.min(n, ASSIGNMENT_LIMITS.timeLimitMinutes),
            });
          }}
        />
      </label>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" checked={value.showScore} onChange={(e) => set({ showScore: e.target.checked })} />
        Students see their score after submitting
      </label>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" checked={value.showKey} onChange={(e) => set({ showKey: e.target.checked })} />
        Students see the key and explanations after submitting
      </label>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" checked={value.requireName} onChange={(e) => set({ requireName: e.target.checked })} />
        Students must give their name
      </label>
      <label className="block max-w-md">
        Your e-mail address for handing in (optional)
        <input
          className={input}
          type="email"
          autoComplete="email"
          maxLength={ASSIGNMENT_LIMITS.email}
          value={value.teacherEmail}
          onChange={(e) => set({ teacherEmail: e.target.value })}
        />
      </label>
    </fieldset>
  );
}
