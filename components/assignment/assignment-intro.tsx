"use client";

import { useEffect, useRef, useState } from "react";
import type { Assignment } from "@/core/assignment/link/assignment-code";
import { attemptsBy, attemptsLeft, attemptToContinue, lastStudent } from "@/core/assignment/attempt/attempt";
import { foldName } from "@/core/assignment/attempt/names";
import { RESULT_LIMITS } from "@/core/assignment/link/limits";
import { quantity } from "@/core/counts";
import { errorBox, input, notice, primaryButton, secondaryButton } from "@/components/ui/styles";
import { preloadable } from "@/components/ui/preloadable";
import type { AssignmentAttempt, HandedIn } from "@/stores/student-store";

// Only an assignment that collects results asks its inbox and says where the result goes.
const CollectNotice = preloadable(() => import("./collect-notice").then((m) => m.CollectNotice));

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

/** Whose attempt, in a sentence: "Ana’s", or "an unnamed" for a student who gave no name. */
export const whose = (name: string) => (name ? `${name}’s` : "an unnamed");

const usedWords = (assignment: Pick<Assignment, "attempts">, used: number) =>
  assignment.attempts === 1 ? "the one attempt" : `all ${used} attempts`;

/**
 * What the student sees first: the teacher's title and instructions, the rules, where the result goes, a name field
 * and Start. Attempts are counted per name on this device: on a shared device, "New student on this device" clears
 * the name, and a student whose attempts are used up is told so by name. An attempt not finished here waits under
 * its student's name: that name, entered, continues it. The name is filled in only for the student this tab served
 * (a retake, a reload): a new tab starts empty, so the next student cannot take the last one's turn by pressing Start.
 */
export function AssignmentIntro({
  assignment,
  questionCount,
  handedIn,
  waiting,
  student,
  onStart,
  onContinue,
}: {
  assignment: Assignment;
  questionCount: number;
  /** Results handed in for this assignment on this device, by every student. */
  handedIn: readonly HandedIn[];
  /** Attempts at this assignment not finished on this device, the latest first. */
  waiting: readonly AssignmentAttempt[];
  /** The name of the student this tab served ("" for an unnamed one), or null for none (a new tab). */
  student: string | null;
  /** Starts an attempt under this name. */
  onStart: (name: string) => void;
  /** Continues the attempt waiting under this name (as it was started). */
  onContinue: (name: string) => void;
}) {
  const last = lastStudent(handedIn, assignment.id);
  const [fresh, setFresh] = useState(false);
  const [name, setName] = useState(student ?? "");
  const [problem, setProblem] = useState("");
  const nameBox = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (fresh) nameBox.current?.focus();
  }, [fresh]);
  const usedBy = (n: string) => attemptsBy(handedIn, assignment.id, n).length;
  const returning = !fresh && handedIn.length + waiting.length > 0;
  const lastDone = returning && !waiting.length && attemptsLeft(assignment, usedBy(last)) === 0;
  const continuing = attemptToContinue(waiting, name, student);
  const used = continuing ? 0 : usedBy(name);
  const title = assignment.title || "Untitled assignment";
  const newStudent = (primary: boolean) => (
    <button
      type="button"
      className={primary ? primaryButton : secondaryButton}
      onClick={() => {
        setFresh(true);
        setName("");
        setProblem("");
      }}
    >
      New student on this device
    </button>
  );
  return (
    <form
      className="min-w-0 space-y-4"
      onSubmit={(e) => {
        e.preventDefault();
        const trimmed = name.trim();
        if (continuing) return onContinue(continuing.name);
        // No name here is nobody's: starting would overwrite the unnamed attempt that waits. Ask for one instead.
        if (trimmed === "" && waiting.some((a) => foldName(a.name) === "")) {
          setProblem("An attempt without a name is waiting on this device: enter your name to start your own.");
          return;
        }
        if (assignment.requireName && trimmed === "") {
          setProblem("Enter your name so your teacher knows whose result this is.");
          return;
        }
        if (attemptsLeft(assignment, used) === 0) {
          setProblem(
            `“${trimmed}” has already used ${usedWords(assignment, used)} on this device. Another student of that name? Add your initial.`,
          );
          return;
        }
        onStart(trimmed);
      }}
    >
      <h2 className="break-words text-2xl font-semibold">{title}</h2>
      {assignment.instructions ? (
        <p className="max-w-prose whitespace-pre-line break-words">{assignment.instructions}</p>
      ) : null}
      <Rules assignment={assignment} questionCount={questionCount} />
      {assignment.inbox ? <CollectNotice inbox={assignment.inbox} /> : null}
      {waiting.length ? (
        <p className={notice}>
          Not finished on this device:{" "}
          {waiting
            .map(
              (a) =>
                `${whose(a.name)} attempt (${Object.keys(a.responses).length} of ${questionCount} answered${a.deadline ? ", its clock running" : ""})`,
            )
            .join("; ")}
          .{" "}
          {continuing
            ? `${name.trim() || "Its student"}? Press Continue to carry on.${student ? " Someone else? Press New student on this device." : ""}`
            : fresh
              ? "It stays saved for its student."
              : "To carry on with yours, enter your name and press Continue."}
        </p>
      ) : null}
      {lastDone ? (
        <div className="space-y-3">
          <p className={notice}>
            {last || "The last student"} has used {usedWords(assignment, usedBy(last))} at this assignment on this
            device. Not sent yet? Send it below.
          </p>
          {newStudent(true)}
        </div>
      ) : (
        <>
          {used > 0 ? (
            <p className={notice}>
              This will be a retake: attempt {used + 1}
              {assignment.attempts === null ? "" : ` of ${assignment.attempts}`}. Your teacher sees every attempt.
            </p>
          ) : null}
          <label className="block max-w-sm">
            Your name{assignment.requireName ? " (required)" : " (optional)"}
            <input
              ref={nameBox}
              className={input}
              value={name}
              autoComplete="off"
              maxLength={RESULT_LIMITS.name}
              aria-required={assignment.requireName}
              aria-invalid={problem ? true : undefined}
              aria-describedby={problem ? "name-problem" : undefined}
              onChange={(e) => {
                setName(e.target.value);
                setProblem("");
              }}
            />
          </label>
          {problem ? (
            <p id="name-problem" role="alert" className={errorBox}>
              {problem}
            </p>
          ) : null}
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={primaryButton}>
              {continuing
                ? "Continue"
                : used > 0 && attemptsLeft(assignment, used) > 0
                  ? `Start attempt ${used + 1}`
                  : "Start"}
            </button>
            {returning && student ? newStudent(false) : null}
          </div>
        </>
      )}
    </form>
  );
}
