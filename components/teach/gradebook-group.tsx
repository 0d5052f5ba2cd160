"use client";

import { useMemo } from "react";
import { gradebookCsv } from "@/core/assignment/csv";
import { itemAnalysis, summarize, type AssignmentGroup } from "@/core/assignment/gradebook";
import type { Bank } from "@/core/bank/schema";
import { quantity } from "@/core/format";
import { downloadFile } from "@/lib/download";
import { notice, secondaryButton } from "@/components/ui/styles";
import { ClassSummary } from "./class-summary";
import { ItemAnalysisView } from "./item-analysis-view";
import { StudentsTable } from "./students-table";

const KEEP_WORDS = { first: "first", best: "best", latest: "latest" } as const;

function downloadCsv(fileName: string, text: string) {
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (accented names).
  downloadFile(fileName, ["\uFEFF", text], "text/csv;charset=utf-8");
}

/** One assignment's results: the summary first, then every result, the CSV export and the item analysis. */
export function GradebookGroup({
  bank,
  group,
  onRemove,
}: {
  bank: Bank;
  group: AssignmentGroup;
  /** Removes a result; `what` names it for the Undo notice ("Ana's result (handed in …)"). */
  onRemove: (code: string, what: string) => void;
}) {
  const title = group.title || "Untitled assignment";
  // Recomputed when the results change, not when the page re-renders for anything else (a status line, a paste).
  const stats = useMemo(() => itemAnalysis(bank, group.questionIds, group.rows), [bank, group]);
  const summary = useMemo(() => summarize(group.rows), [group]);
  const headingId = `group-${group.assignmentId}`;
  const changed = group.rows.some((r) => r.graded.bankChanged);
  const attempts = group.assignment?.attempts;
  const slug =
    title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 60) || "results";
  return (
    <section aria-labelledby={headingId} className="min-w-0 space-y-4" data-assignment={group.assignmentId}>
      <h2 id={headingId} className="break-words text-2xl font-semibold">
        {title}
      </h2>
      <p className="break-words">
        {quantity(group.questionIds.length, "question")}
        {group.assignment?.timeLimitMinutes ? `, ${group.assignment.timeLimitMinutes}-minute limit` : ""}
        {attempts && attempts > 1
          ? `, ${attempts} attempts (the ${KEEP_WORDS[group.keep]} counts)`
          : attempts === null
            ? `, unlimited attempts (the ${KEEP_WORDS[group.keep]} counts)`
            : ""}
        . Grades are recomputed from each student&apos;s answers.
        {!group.assignment
          ? ` Code ${group.assignmentId}: this assignment is not saved in this browser, so its title comes from the results and its settings are unknown.`
          : ""}
      </p>
      {changed ? (
        <p className={notice}>
          Some students answered on another version of the questions; their grades use the current key.
        </p>
      ) : null}
      <ClassSummary summary={summary} />
      <StudentsTable rows={group.rows} keep={group.keep} caption={`Results for ${title}`} onRemove={onRemove} />
      <button
        type="button"
        className={`${secondaryButton} no-print`}
        onClick={() => downloadCsv(`${slug}-results.csv`, gradebookCsv(group))}
      >
        Export CSV<span className="sr-only"> of {title}</span>
      </button>
      <h3 className="text-xl font-semibold">Item analysis</h3>
      <ItemAnalysisView bank={bank} stats={stats} students={summary.handedIn} />
    </section>
  );
}
