"use client";

import { useMemo } from "react";
import { decodeAssignment } from "@/core/assignment/assignment-code";
import { buildGradebook } from "@/core/assignment/gradebook";
import { decodeResult } from "@/core/assignment/result-code";
import type { Bank } from "@/core/bank/schema";
import type { ReceivedResult, SavedAssignment } from "@/stores/teacher-store";
import { GradebookGroup } from "./gradebook-group";
import { NoResults } from "./no-results";

/**
 * Every saved result graded, one group per assignment. Loaded by the results page only once there are results: the
 * decoders and the grading are this part's code, not the page's first JavaScript.
 */
export function Gradebook({
  bank,
  savedAssignments,
  savedResults,
  onRemove,
}: {
  bank: Bank;
  savedAssignments: readonly SavedAssignment[];
  savedResults: readonly ReceivedResult[];
  /** Removes a result; `what` names it for the Undo notice ("Ana's result (handed in …)"). */
  onRemove: (code: string, what: string) => void;
}) {
  // Grading every result is the page's heaviest work: once per change of the data, not on every render.
  const groups = useMemo(() => {
    const assignments = savedAssignments.flatMap((a) => {
      const d = decodeAssignment(a.code);
      return d.ok ? [d.value] : [];
    });
    const results = savedResults.flatMap((r) => {
      const d = decodeResult(r.code);
      return d.ok ? [d.value] : [];
    });
    return buildGradebook(bank, assignments, results);
  }, [bank, savedAssignments, savedResults]);
  if (groups.length === 0) return <NoResults />;
  return (
    <>
      {groups.map((g) => (
        <GradebookGroup key={g.assignmentId} bank={bank} group={g} onRemove={onRemove} />
      ))}
    </>
  );
}
