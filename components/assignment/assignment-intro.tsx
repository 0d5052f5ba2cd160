"use client";

import { useState } from "react";
import type { Assignment } from "@/core/assignment/assignment-code";
import { RESULT_LIMITS } from "@/core/assignment/result-code";
import { errorBox, input, primaryButton } from "@/components/ui/styles";
import { quantity } from "@/core/format";

/** What the student sees first: the teacher's title and instructions, the rules, a name field and Start. */
export function AssignmentIntro({
  assignment,
  questionCount,
  onStart,
}: {
  assignment: Assignment;
  questionCount: number;
  onStart: (name: string) => void;
}) {
  const [name, setName] = useState("");
  const [problem, setProblem] = useState("");
  return (
    <form
      className="space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        if (assignment.requireName && name.trim() === "") {
          setProblem("Enter your name so your teacher knows whose result this is.");
          return;
        }
        onStart(name.trim());
      }}
    >
      <h2 className="text-2xl font-semibold">{assignment.title || "Untitled assignment"}</h2>
      {assignment.instructions ? <p className="max-w-prose whitespace-pre-line">{assignment.instructions}</p> : null}
      <ul className="list-disc pl-5">
        <li>{quantity(questionCount, "question")}</li>
        <li>
          {assignment.timeLimitMinutes
            ? `Time limit: ${assignment.timeLimitMinutes} minutes. The clock keeps running if you close the page, and your answers are handed in when it reaches zero.`
            : "No time limit."}
        </li>
        <li>
          {assignment.mode === "exam"
            ? "Exam mode: you see how you did after you submit."
            : "Practice mode: you see feedback after each answer."}
        </li>
      </ul>
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
        Start
      </button>
    </form>
  );
}
