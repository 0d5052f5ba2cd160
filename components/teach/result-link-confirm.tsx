"use client";

import { useEffect, useState } from "react";
import { formatDateTime } from "@/core/format";
import { resultProblem } from "@/core/assignment/link/reasons";
import { decodeResult, type DecodedResult } from "@/core/assignment/result/result-code";
import { useLocationHash } from "@/components/ui/use-location-hash";
import { errorBox, notice, primaryButton, secondaryButton } from "@/components/ui/styles";
import { zoneName } from "./zone-name";

type Pending = { kind: "result"; result: DecodedResult } | { kind: "problem"; message: string };

/** A result link (/teach/results#<code>) waits here for the teacher's confirmation before it is added. */
export function ResultLinkConfirm({
  assignments,
  savedCodes,
  onAdd,
}: {
  /** The assignments saved in this browser (their ids and titles). */
  assignments: readonly { id: string; title: string }[];
  savedCodes: readonly { code: string }[];
  onAdd: (result: DecodedResult) => void;
}) {
  const hash = useLocationHash();
  const [dismissed, setDismissed] = useState<string | null>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  useEffect(() => {
    /* eslint-disable react-hooks/set-state-in-effect */
    if (!hash || hash === dismissed) return setPending(null);
    const d = decodeResult(hash);
    setPending(d.ok ? { kind: "result", result: d.value } : { kind: "problem", message: resultProblem(d.reason) });
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [hash, dismissed]);
  if (!pending) return null;

  const close = () => {
    // Keep the router's own entry state (as result-address.ts does): a null state is an entry Next did not make.
    window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
    setDismissed(hash);
  };
  if (pending.kind === "problem")
    return (
      <div role="alert" className={`${errorBox} no-print space-y-2`}>
        <p className="font-semibold">{pending.message}</p>
        <button type="button" className={secondaryButton} onClick={close}>
          Close
        </button>
      </div>
    );
  const r = pending.result;
  const known = assignments.find((a) => a.id === r.assignmentId);
  const title = known?.title || r.title;
  const alreadyHere = savedCodes.some((s) => s.code === r.code);
  return (
    <section
      aria-labelledby="confirm-h"
      className="no-print min-w-0 space-y-3 rounded-lg border-2 border-brand-600 p-4 dark:border-brand-300"
    >
      <h2 id="confirm-h" className="text-xl font-semibold" tabIndex={-1} ref={(el) => el?.focus()}>
        {alreadyHere ? "This result is already in your gradebook" : "Add this result?"}
      </h2>
      <p className="break-words">
        From <strong>{r.name || "a student who gave no name"}</strong>, for{" "}
        {title ? <strong>“{title}”</strong> : "an untitled assignment"}
        {r.attempt > 1 ? ` (attempt ${r.attempt})` : ""}, handed in {formatDateTime(r.submittedAt)} ({zoneName()}).
      </p>
      {!known ? (
        <p className={notice}>
          This assignment is not saved in this browser (made on another device, or removed), so the result is graded
          against the question bank, without its time limit and attempts setting.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {alreadyHere ? (
          <button type="button" className={primaryButton} onClick={close}>
            OK
          </button>
        ) : (
          <>
            <button
              type="button"
              className={primaryButton}
              onClick={() => {
                onAdd(r);
                close();
              }}
            >
              {known ? "Add this result" : "Add anyway"}
            </button>
            <button type="button" className={secondaryButton} onClick={close}>
              Don&apos;t add
            </button>
          </>
        )}
      </div>
    </section>
  );
}
