"use client";

import type { ReactNode } from "react";
import type { KeepPolicy } from "@/core/assignment/link/assignment-code";
import type { SettingsDraft } from "@/core/assignment/link/settings";
import { ASSIGNMENT_LIMITS, parseTimeLimit } from "@/core/assignment/link/limits";
import { input } from "@/components/ui/styles";

const ATTEMPT_CHOICES = [1, 2, 3, 5] as const;
const KEEP_LABELS: Record<KeepPolicy, string> = {
  first: "The first attempt",
  best: "The best attempt",
  latest: "The latest attempt",
};

/**
 * Mode, time limit, attempts, what students see after finishing, and where they hand in. `collect` is the place for
 * another way of handing in (the result inbox's "Collect results automatically").
 */
export function AssignmentSettings({
  value,
  onChange,
  collect,
}: {
  value: SettingsDraft;
  onChange: (v: SettingsDraft) => void;
  collect?: ReactNode;
}) {
  const set = (patch: Partial<SettingsDraft>) => onChange({ ...value, ...patch });
  const limit = parseTimeLimit(value.timeLimitText);
  return (
    <fieldset className="min-w-0 space-y-3" id="assignment-settings">
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
      <div className="max-w-xs">
        <label className="block" htmlFor="time-limit">
          Time limit in minutes (leave empty for none)
        </label>
        <input
          id="time-limit"
          className={input}
          inputMode="numeric"
          value={value.timeLimitText}
          aria-invalid={limit.ok ? undefined : true}
          aria-describedby={limit.ok ? undefined : "time-limit-problem"}
          onChange={(e) => set({ timeLimitText: e.target.value })}
        />
        {!limit.ok ? (
          <p id="time-limit-problem" className="mt-1 text-sm font-medium text-red-800 dark:text-red-300">
            {limit.message}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-3">
        <label className="block w-48">
          Attempts per student
          <select
            className={input}
            value={value.attempts === null ? "" : String(value.attempts)}
            onChange={(e) => set({ attempts: e.target.value === "" ? null : Number(e.target.value) })}
          >
            {ATTEMPT_CHOICES.map((n) => (
              <option key={n} value={n}>
                {n}
              </option>
            ))}
            <option value="">No limit</option>
          </select>
        </label>
        {value.attempts !== 1 ? (
          <label className="block w-56">
            Which attempt counts
            <select className={input} value={value.keep} onChange={(e) => set({ keep: e.target.value as KeepPolicy })}>
              {(Object.keys(KEEP_LABELS) as KeepPolicy[]).map((k) => (
                <option key={k} value={k}>
                  {KEEP_LABELS[k]}
                </option>
              ))}
            </select>
          </label>
        ) : null}
      </div>
      {value.attempts !== 1 && value.mode === "practice" ? (
        <p className="text-sm">
          Practice mode shows the right answer after each question, so a retake is easier than the first attempt.
        </p>
      ) : null}
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" checked={value.showScore} onChange={(e) => set({ showScore: e.target.checked })} />
        Students see their score after finishing
      </label>
      <label className="flex min-h-11 items-center gap-2">
        <input type="checkbox" checked={value.showKey} onChange={(e) => set({ showKey: e.target.checked })} />
        {value.attempts === 1
          ? "Students see the key and explanations after finishing"
          : value.attempts === null
            ? "Students see the key and explanations (never, with no limit on attempts)"
            : "Students see the key and explanations after their last attempt"}
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
      {collect}
    </fieldset>
  );
}
