"use client";

import { useState } from "react";
import type { Assignment } from "@/core/assignment/assignment-code";
import { RESULT_LIMITS } from "@/core/assignment/limits";
import { quantity } from "@/core/format";
import { errorBox, input, notice, primaryButton } from "@/components/ui/styles";

const KEEP_WORDS = { first: "your first", best: "your best", latest: "your latest" } as const;

/** The rules as the student will live them: questions, time limit, feedback and attempts. */
function Rules({ assignment, questionCount }: { assignment: Assignment; questionCount: number }) {
  const { timeLimitMinutes: limit, attempts } = assignment;
  return (
    <ul className="list-disc space-y-1 pl-5">
      <li>{quantity(questionCount, "question")}</li>
      <li>
        {limit
          ? `Time limit: ${quantity(limit, "minute")} from when you press Start. The clock keeps running if you close the page. When it reaches zero, no more answers can be saved: your result holds the answers saved before then, and you send it to your teacher (if the page was closed, as soon as you open this link again).`
          : "No time limit."}
      </li>
      <li>
        {assignment.mode === "exam"
          ? "Exam mode: you see how you did after you finish."
          : "Practice mode: you see feedback after each answer."}
      </li>
      <li>
        {attempts === 1
          ? "One attempt."
          : `${attempts === null ? "As many attempts as you like" : quantity(attempts, "attempt")}; your teacher sees every attempt and counts ${KEEP_WORDS[assignment.keep]}.${assignment.showKey ? (attempts === null ? " The answers are not shown." : " The answers are shown after your last attempt.") : ""}`}
      </li>
    </ul>
  );
}

/**
 * What the student sees first: the teacher's title and instructions, the rules, a name field and Start; or, once every
 * attempt is used, that there is none left.
 */
export function AssignmentIntro({
  assignment,
  questionCount,
  attemptsUsed,
  defaultName,
  onStart,
}: {
  assignment: Assignment;
  questionCount: number;
  /** Attempts already handed in from this browser. */
  attemptsUsed: number;
  defaultName: string;
  /** Null when no attempt is left. */
  onStart: ((name: string) => void) | null;
}) {
  const [name, setName] = useState(defaultName);
  const [problem, setProblem] = useState("");
  const title = assignment.title || "Untitled assignment";
  return (
    <form
      className="min-w-0 space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (!onStart) return;
        if (assignment.requireName && name.trim() === "") {
          setProblem("Enter your name so your teacher knows whose result this is.");
          return;
        }
        onStart(name.trim());
      }}
    >
      <h2 className="break-words text-2xl font-semibold">{title}</h2>
      {assignment.instructions ? (
        <p className="max-w-prose whitespace-pre-line break-words">{assignment.instructions}</p>
      ) : null}
      <Rules assignment={assignment} questionCount={questionCount} />
      {!onStart ? (
        <p className={notice}>
          You have used {attemptsUsed === 1 ? "your attempt" : `all ${attemptsUsed} attempts`} at this assignment. If
          you have not sent your result yet, send it below.
        </p>
      ) : (
        <>
          {attemptsUsed > 0 ? (
            <p className={notice}>
              This will be a retake: attempt {attemptsUsed + 1}
              {assignment.attempts === null ? "" : ` of ${assignment.attempts}`}. Your teacher sees every attempt.
            </p>
          ) : null}
          <label className="block max-w-sm">
            Your name{assignment.requireName ? " (required)" : " (optional)"}
            <input
              className={input}
              value={name}
              autoComplete="name"
              maxLength={RESULT_LIMITS.name}
              aria-required={assignment.requireName}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? "name-problem" : undefined}
              onChange={(e) => setName(e.target.value)}
            />
          </label>
          {problem ? (
            <p id="name-problem" role="alert" className={errorBox}>
              {problem}
            </p>
          ) : null}
          <button type="submit" className={primaryButton}>
            {attemptsUsed > 0 ? `Start attempt ${attemptsUsed + 1}` : "Start"}
          </button>
        </>
      )}
    </form>
  );
}
