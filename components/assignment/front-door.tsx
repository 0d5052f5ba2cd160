"use client";

import { useRef, useState } from "react";
import { decodeAssignment, codeFromInput } from "@/core/assignment/link/assignment-code";
import { assignmentProblem } from "@/core/assignment/link/reasons";
import { AppLink } from "@/components/ui/app-link";
import { errorBox, input, primaryButton, secondaryButton } from "@/components/ui/styles";

/** Codes shorter than this are not a cut-off link but something else pasted (a word, a class code from elsewhere). */
const SHORTEST_CODE = 24;

/** What is wrong with what was pasted, in the student's words; null when it opens. */
function problemWith(text: string): string | null {
  if (codeFromInput(text) === "") return "Paste the link or code your teacher sent, then press Open.";
  const decoded = decodeAssignment(text);
  if (decoded.ok) return null;
  if ((decoded.reason === "malformed" || decoded.reason === "checksum") && codeFromInput(text).length < SHORTEST_CODE)
    return "This is not an assignment link or code. An assignment link contains “/assignment/#” followed by a long code: paste all of it.";
  if (decoded.reason === "malformed" || decoded.reason === "checksum")
    return "This link or code is incomplete or was changed: part of it is missing. Copy the whole link again from your teacher's message (it can run over two lines), or ask your teacher to send it again.";
  return assignmentProblem(decoded.reason);
}

/**
 * /assignment without a link: one field for the link or code a teacher sent (a whole link, its "#…" part or the bare
 * code) and Open, the way a game PIN opens a quiz; or practice on one's own.
 */
export function FrontDoor() {
  const [text, setText] = useState("");
  const [problem, setProblem] = useState("");
  const box = useRef<HTMLInputElement>(null);
  return (
    <div className="mx-auto max-w-xl space-y-6">
      <form
        className="space-y-4 rounded-card border border-line bg-surface p-5 shadow-sm sm:p-8"
        onSubmit={(e) => {
          e.preventDefault();
          const found = problemWith(text);
          setProblem(found ?? "");
          if (found) box.current?.focus();
          else window.location.hash = codeFromInput(text);
        }}
      >
        <h2 className="text-2xl font-semibold">Open your assignment</h2>
        <label className="block" htmlFor="assignment-link">
          Paste the link or code your teacher sent
        </label>
        <div className="flex flex-col gap-2 sm:flex-row">
          <input
            id="assignment-link"
            ref={box}
            className={`${input.replace("mt-1", "")} min-w-0 flex-1`}
            value={text}
            autoComplete="off"
            spellCheck={false}
            inputMode="url"
            placeholder="https://…/assignment/#…"
            aria-invalid={problem ? true : undefined}
            aria-describedby={problem ? "assignment-link-problem" : "assignment-link-hint"}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className={primaryButton}>
            Open
          </button>
        </div>
        {problem ? (
          <p id="assignment-link-problem" role="alert" className={errorBox}>
            {problem}
          </p>
        ) : (
          <p id="assignment-link-hint" className="text-sm text-muted">
            Opening the link from your teacher&apos;s message does the same. Nothing is sent until you start and finish.
          </p>
        )}
      </form>
      <div className="flex flex-wrap items-center gap-3 rounded-card border border-line p-5">
        <p className="min-w-0 flex-1 basis-56">No assignment? Study the article with a quiz of your own.</p>
        <AppLink href="/quiz/" className={secondaryButton}>
          Practise on your own
        </AppLink>
      </div>
    </div>
  );
}
