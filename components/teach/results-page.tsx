"use client";

import { downloadFile } from "@/lib/download";
import { useEffect, useMemo, useState } from "react";
import { decodeAssignment, type Assignment } from "@/core/assignment/assignment-code";
import { gradebookCsv } from "@/core/assignment/csv";
import { buildGradebook, itemAnalysis, type AssignmentGroup } from "@/core/assignment/gradebook";
import { resultProblem } from "@/core/assignment/reasons";
import { decodeResult, type DecodedResult } from "@/core/assignment/result-code";
import type { Bank } from "@/core/bank/schema";
import { useBank } from "@/components/bank/use-bank";
import { useHydrated } from "@/stores/persisted";
import { useTeacherStore } from "@/stores/teacher-store";
import { AddResults } from "./add-results";
import { InboxSync } from "@/components/inbox/inbox-sync";
import { Disclaimer } from "./disclaimer";
import { ItemAnalysisView } from "./item-analysis-view";
import { StudentsTable } from "./students-table";
import { errorBox, notice, primaryButton, secondaryButton } from "@/components/ui/styles";

type Pending = { kind: "result"; result: DecodedResult } | { kind: "problem"; message: string };

/** /teach/results: the gradebook, fed by result links, pasted codes or a file of codes. */
export function ResultsPage() {
  const bankState = useBank();
  const hydrated = useHydrated(useTeacherStore);
  const savedAssignments = useTeacherStore((s) => s.assignments);
  const savedResults = useTeacherStore((s) => s.results);
  const addResults = useTeacherStore((s) => s.addResults);
  const removeResult = useTeacherStore((s) => s.removeResult);
  const [pending, setPending] = useState<Pending | null>(null);
  const [report, setReport] = useState<string[]>([]);

  // A result link (/teach/results#<code>) waits for the teacher's confirmation before it is added.
  useEffect(() => {
    const read = () => {
      const hash = window.location.hash.replace(/^#/, "");
      if (!hash) return;
      const d = decodeResult(hash);
      setPending(d.ok ? { kind: "result", result: d.value } : { kind: "problem", message: resultProblem(d.reason) });
    };
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
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

  // The disclaimer needs no data: it is in the page's HTML, so it shows at once and stays put when the data arrives.
  if (bankState.status === "error" || bankState.status === "loading" || !hydrated)
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
  const known = new Set(assignments.map((a) => a.id));

  const clearHash = () => {
    window.history.replaceState(null, "", window.location.pathname + window.location.search);
    setPending(null);
  };

  const addFromText = (text: string) => {
    const tokens = text.split(/[\s,;]+/).filter(Boolean);
    const codes: string[] = [];
    const problems = new Map<string, number>();
    let unknown = 0;
    for (const t of tokens) {
      const d = decodeResult(t);
      if (d.ok) {
        codes.push(d.value.code);
        if (!known.has(d.value.assignmentId)) unknown++;
      } else {
        const message = resultProblem(d.reason);
        problems.set(message, (problems.get(message) ?? 0) + 1);
      }
    }
    const added = addResults(codes, Date.now());
    const lines = [`Added ${added} ${added === 1 ? "result" : "results"}.`];
    if (codes.length > added)
      lines.push(`${codes.length - added} ${codes.length - added === 1 ? "was" : "were"} already in the gradebook.`);
    if (unknown)
      lines.push(
        `${unknown} ${unknown === 1 ? "is" : "are"} for an assignment not saved in this browser: graded against the question bank.`,
      );
    for (const [message, count] of problems) lines.push(`${count} could not be read: ${message}`);
    if (tokens.length === 0) lines.splice(0, lines.length, "There was nothing to add.");
    setReport(lines);
  };

  const groups = buildGradebook(bank, assignments, results);

  return (
    <div className="space-y-8">
      <Disclaimer />
      {pending ? (
        <Confirm
          pending={pending}
          knownAssignment={
            pending.kind === "result" ? assignments.find((a) => a.id === pending.result.assignmentId) : undefined
          }
          alreadyHere={pending.kind === "result" && savedResults.some((r) => r.code === pending.result.code)}
          onAdd={(code) => {
            addResults([code], Date.now());
            setReport(["Result added."]);
            clearHash();
          }}
          onDismiss={clearHash}
        />
      ) : null}
      <InboxSync />
      <AddResults onAdd={addFromText} />
      <div role="status" className="space-y-1">
        {report.map((line) => (
          <p key={line}>{line}</p>
        ))}
      </div>
      {groups.length === 0 ? (
        <p>No results yet. When students hand in, open their links or paste their codes here.</p>
      ) : null}
      {groups.map((g) => (
        <GroupView key={g.assignmentId} bank={bank} group={g} onRemove={removeResult} />
      ))}
    </div>
  );
}

function Confirm({
  pending,
  knownAssignment,
  alreadyHere,
  onAdd,
  onDismiss,
}: {
  pending: Pending;
  knownAssignment?: Assignment;
  alreadyHere: boolean;
  onAdd: (code: string) => void;
  onDismiss: () => void;
}) {
  if (pending.kind === "problem")
    return (
      <div role="alert" className={`${errorBox} space-y-2`}>
        <p className="font-semibold">{pending.message}</p>
        <button type="button" className={secondaryButton} onClick={onDismiss}>
          Close
        </button>
      </div>
    );
  const r = pending.result;
  const who = r.name || "a student who gave no name";
  return (
    <section
      aria-labelledby="confirm-h"
      className="space-y-3 rounded-lg border-2 border-brand-600 p-4 dark:border-brand-300"
    >
      <h2 id="confirm-h" className="text-xl font-semibold" tabIndex={-1} ref={(el) => el?.focus()}>
        {alreadyHere ? "This result is already in your gradebook" : "Add this result?"}
      </h2>
      <p>
        From <strong>{who}</strong>, for{" "}
        {knownAssignment ? <strong>“{knownAssignment.title || "Untitled assignment"}”</strong> : "an assignment"},{" "}
        handed in {new Date(r.submittedAt).toLocaleString("en-GB", { timeZone: "UTC" })} UTC.
      </p>
      {!knownAssignment ? (
        <p className={notice}>
          This result is for an assignment that is not saved in this browser (made on another device, or removed). You
          can add it anyway: it is graded against the question bank, without its time limit. Or do not add it.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        {alreadyHere ? (
          <button type="button" className={primaryButton} onClick={onDismiss}>
            OK
          </button>
        ) : (
          <>
            <button type="button" className={primaryButton} onClick={() => onAdd(r.code)}>
              {knownAssignment ? "Add this result" : "Add anyway"}
            </button>
            <button type="button" className={secondaryButton} onClick={onDismiss}>
              Don&apos;t add
            </button>
          </>
        )}
      </div>
    </section>
  );
}

function downloadCsv(fileName: string, text: string) {
  // The byte-order mark makes spreadsheet programs read the file as UTF-8 (accented names).
  downloadFile(fileName, ["\uFEFF", text], "text/csv;charset=utf-8");
}

function GroupView({
  bank,
  group,
  onRemove,
}: {
  bank: Bank;
  group: AssignmentGroup;
  onRemove: (code: string) => void;
}) {
  const title = group.assignment
    ? group.assignment.title || "Untitled assignment"
    : `Assignment not saved in this browser (${group.assignmentId})`;
  const stats = itemAnalysis(bank, group.questionIds, group.rows);
  const headingId = `group-${group.assignmentId}`;
  const changed = group.rows.some((r) => r.graded.bankChanged);
  const slug =
    (group.assignment?.title || group.assignmentId)
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "") || "results";
  return (
    <section aria-labelledby={headingId} className="space-y-4" data-assignment={group.assignmentId}>
      <h2 id={headingId} className="text-2xl font-semibold">
        {title}
      </h2>
      <p>
        {group.rows.length} {group.rows.length === 1 ? "student" : "students"}, {group.questionIds.length} questions
        {group.assignment?.timeLimitMinutes ? `, ${group.assignment.timeLimitMinutes}-minute limit` : ""}. Grades are
        recomputed from each student&apos;s answers.
      </p>
      {changed ? (
        <p className={notice}>
          Some students answered on another version of the questions; their grades use the current key.
        </p>
      ) : null}
      <StudentsTable rows={group.rows} caption={`Students who handed in ${title}`} onRemove={onRemove} />
      <button
        type="button"
        className={secondaryButton}
        onClick={() => downloadCsv(`${slug}-results.csv`, gradebookCsv(group))}
      >
        Export CSV<span className="sr-only"> of {title}</span>
      </button>
      <h3 className="text-xl font-semibold">Item analysis</h3>
      <ItemAnalysisView bank={bank} stats={stats} students={group.rows.length} />
    </section>
  );
}
