"use client";

import { useEffect, useMemo, useState } from "react";
import { decodeAssignment } from "@/core/assignment/assignment-code";
import { buildGradebook } from "@/core/assignment/gradebook";
import { describePaste, scanPastedResults } from "@/core/assignment/paste";
import { decodeResult, type DecodedResult } from "@/core/assignment/result-code";
import { useBank } from "@/components/bank/use-bank";
import { errorBox } from "@/components/ui/styles";
import { useHydrated } from "@/stores/persisted";
import { useTeacherStore } from "@/stores/teacher-store";
import { AddResults } from "./add-results";
import { InboxSync } from "@/components/inbox/inbox-sync";
import { Disclaimer } from "./disclaimer";
import { preloadable } from "@/components/ui/preloadable";
import { ResultLinkConfirm } from "./result-link-confirm";

// The gradebook (summary, table, CSV, item analysis) is needed only once there are results: it loads after the page,
// in parallel with the saved data being read.
const GradebookGroup = preloadable(
  () => import("./gradebook-group").then((m) => m.GradebookGroup),
  "Loading the gradebook…",
);

/** Adds results from any source (pasted text, a file, a result link, an inbox); says what happened in one line. */
export type AddResultsFn = (
  results: readonly DecodedResult[],
  failures?: Parameters<typeof describePaste>[0]["failures"],
) => string[];

/** /teach/results: the gradebook, fed by result links, pasted codes, a file of codes (or an inbox). */
export function ResultsPage() {
  const bankState = useBank();
  const hydrated = useHydrated(useTeacherStore);
  const savedAssignments = useTeacherStore((s) => s.assignments);
  const savedResults = useTeacherStore((s) => s.results);
  const removeResult = useTeacherStore((s) => s.removeResult);
  const [report, setReport] = useState<string[]>([]);

  useEffect(() => {
    GradebookGroup.preload().catch(() => undefined);
  }, []);

  const assignments = useMemo(
    () =>
      savedAssignments.flatMap((a) => {
        const d = decodeAssignment(a.code);
        return d.ok ? [d.value] : [];
      }),
    [savedAssignments],
  );
  const results = useMemo(
    () =>
      savedResults.flatMap((r) => {
        const d = decodeResult(r.code);
        return d.ok ? [d.value] : [];
      }),
    [savedResults],
  );

  /** The one way results enter the gradebook, whatever their source. */
  const addResults: AddResultsFn = (found, failures = []) => {
    const known = new Set(assignments.map((a) => a.id));
    const added = useTeacherStore.getState().addResults(
      found.map((r) => r.code),
      Date.now(),
    );
    const lines = describePaste({
      added,
      alreadyThere: found.length - added,
      unsaved: found.filter((r) => !known.has(r.assignmentId)).length,
      failures,
    });
    setReport(lines);
    return lines;
  };

  // Grading every result is the page's heaviest work: once per change of the data, not on every render.
  const readyBank = bankState.status === "ready" ? bankState.bank : null;
  const groups = useMemo(
    () => (readyBank ? buildGradebook(readyBank, assignments, results) : []),
    [readyBank, assignments, results],
  );

  // The disclaimer needs no data: it is in the page's HTML, so it shows at once and stays put when the data arrives.
  if (bankState.status !== "ready" || !hydrated)
    return (
      <div className="space-y-8">
        <Disclaimer />
        {bankState.status === "error" && hydrated ? (
          <p className={errorBox}>{bankState.message}</p>
        ) : (
          <p role="status">Loading the gradebook…</p>
        )}
      </div>
    );
  const bank = bankState.bank;

  return (
    <div className="min-w-0 space-y-8">
      <Disclaimer />
      <ResultLinkConfirm assignments={assignments} savedCodes={savedResults} onAdd={(r) => addResults([r])} />
      <InboxSync />
      <div role="status" className="no-print space-y-1">
        {report.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {groups.length === 0 ? (
        <p>No results yet. When students hand in, open their links or paste their codes below.</p>
      ) : null}
      {groups.map((g) => (
        <GradebookGroup key={g.assignmentId} bank={bank} group={g} onRemove={removeResult} />
      ))}
      <AddResults
        onAdd={(text) => {
          const scan = scanPastedResults(text);
          const lines = addResults(scan.results, scan.failures);
          return { lines, keepText: scan.failures.length > 0 || scan.results.length === 0 };
        }}
      />
    </div>
  );
}
