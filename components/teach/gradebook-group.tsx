"use client";

import { useMemo, useState } from "react";
import { gradebookCsv } from "@/core/assignment/gradebook/csv";
import { itemAnalysis, summarize, type AssignmentGroup, type StudentRow } from "@/core/assignment/gradebook/gradebook";
import { rosterStatus } from "@/core/assignment/gradebook/roster";
import type { Bank } from "@/core/bank/schema";
import { quantity } from "@/core/format";
import { downloadFile } from "@/lib/download";
import { notice, secondaryButton } from "@/components/ui/styles";
import { preloadable } from "@/components/ui/preloadable";
import { ClassSummary } from "./class-summary";
import { ItemAnalysisView } from "./item-analysis-view";
import { RosterPanel } from "./roster-panel";
import { StudentsTable } from "./students-table";

// The student × question grid loads when the teacher asks for it.
const AnswerGrid = preloadable(() => import("./answer-grid").then((m) => m.AnswerGrid), "Loading the grid…");

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
  onOpen,
  roster,
  onSaveRoster,
}: {
  bank: Bank;
  group: AssignmentGroup;
  /** Removes a result; `what` names it for the Undo notice ("Ana's result (handed in …)"). */
  onRemove: (code: string, what: string) => void;
  /** Opens a student's own page. */
  onOpen: (row: StudentRow) => void;
  /** The class list kept with this assignment ([] for none). */
  roster: readonly string[];
  /** Keeps a class list with the assignment; absent when the assignment is not saved in this browser. */
  onSaveRoster?: (names: string[]) => void;
}) {
  const title = group.title || "Untitled assignment";
  // Recomputed when the results change, not when the page re-renders for anything else (a status line, a paste).
  const stats = useMemo(() => itemAnalysis(bank, group.questionIds, group.rows), [bank, group]);
  const summary = useMemo(() => summarize(group.rows), [group]);
  const [grid, setGrid] = useState(false);
  const onList = useMemo(() => (roster.length ? rosterStatus(roster, group.rows) : null), [roster, group]);
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
    <section aria-labelledby={headingId} className="print-exact min-w-0 space-y-4" data-assignment={group.assignmentId}>
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
        . Each score is worked out from the student&apos;s own answers.
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
      {onSaveRoster ? <RosterPanel roster={roster} status={onList} onSave={onSaveRoster} /> : null}
      <StudentsTable
        rows={group.rows}
        keep={group.keep}
        caption={`Results for ${title}`}
        onRemove={onRemove}
        onOpen={onOpen}
        notOnList={onList?.notOnList}
      />
      <button
        type="button"
        className={`${secondaryButton} no-print`}
        onClick={() => downloadCsv(`${slug}-results.csv`, gradebookCsv(group))}
      >
        Export CSV<span className="sr-only"> of {title}</span>
      </button>
      <div className="no-print space-y-2">
        <h3 className="text-xl font-semibold">Answers by student</h3>
        <button
          type="button"
          className={secondaryButton}
          aria-expanded={grid}
          onMouseEnter={() => void AnswerGrid.preload().catch(() => undefined)}
          onClick={() => setGrid((g) => !g)}
        >
          <span aria-hidden="true">{grid ? "▾ " : "▸ "}</span>
          Grid of right and wrong answers
        </button>
        {grid ? <AnswerGrid bank={bank} questionIds={group.questionIds} rows={group.rows} title={title} /> : null}
      </div>
      <h3 className="text-xl font-semibold">Item analysis</h3>
      <ItemAnalysisView bank={bank} stats={stats} students={summary.handedIn} />
    </section>
  );
}
