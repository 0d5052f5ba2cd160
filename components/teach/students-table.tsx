"use client";

import { useEffect, useRef, useState } from "react";
import { flushSync } from "react-dom";
import type { KeepPolicy } from "@/core/assignment/link/assignment-code";
import { rowNotes, type StudentRow } from "@/core/assignment/gradebook/gradebook";
import { formatDateTime, formatDuration } from "@/core/format";
import { svg } from "@/components/ui/icon-base";
import { ClockIcon } from "@/components/ui/icons";
import { smallButton } from "@/components/ui/styles";
import { ScorePill } from "./score-pill";
import { zoneName } from "./zone-name";

/** Rows shown before "Show all": a gradebook of 200 spent most of its opening in the table's style and layout. */
const FIRST_ROWS = 50;

type SortKey = "name" | "score" | "time" | "submitted";

// On a phone each row is the name (with when and how long on a second line) and the score: the two columns that
// held a date in three lines are for wider screens.
const COLUMNS: { key: SortKey; label: string; width: string }[] = [
  { key: "name", label: "Student", width: "" },
  { key: "score", label: "Score", width: "w-32 text-right sm:w-[22%] sm:text-left" },
  { key: "time", label: "Time taken", width: "hidden sm:table-cell sm:w-[15%]" },
  { key: "submitted", label: "Handed in", width: "hidden sm:table-cell sm:w-[22%]" },
];

const TrashIcon = () =>
  svg("h-5 w-5 shrink-0", <path d="M3.5 5.5h13M8 5.5v-2h4v2m-6.5 0 .8 11h7.4l.8-11M8.5 8.5V14m3-5.5V14" />);

/**
 * One row per result (two students may share a name), sortable by each column with the keyboard. A long gradebook
 * shows its first rows and a "Show all" button; printing always shows every row.
 */
export function StudentsTable({
  rows,
  keep,
  caption,
  onRemove,
  onOpen,
  notOnList,
}: {
  rows: StudentRow[];
  keep: KeepPolicy;
  caption: string;
  /** Opens the student's own page (their answers beside the key). */
  onOpen: (row: StudentRow) => void;
  /** Keys of the rows whose name is not on the class list (when there is one). */
  notOnList?: ReadonlySet<string>;
  /** Removes a result; `what` names it for the Undo notice ("Ana's result (handed in …)"). */
  onRemove: (code: string, what: string) => void;
}) {
  const [sort, setSort] = useState<{ key: SortKey; dir: 1 | -1 }>({ key: "name", dir: 1 });
  const value = (r: StudentRow): string | number =>
    sort.key === "name"
      ? r.name.toLocaleLowerCase("en")
      : sort.key === "score"
        ? r.graded.percent
        : sort.key === "time"
          ? r.durationMs
          : r.result.submittedAt;
  const sorted = [...rows].sort((a, b) => {
    const x = value(a);
    const y = value(b);
    return (x < y ? -1 : x > y ? 1 : a.result.submittedAt - b.result.submittedAt) * sort.dir;
  });
  const [all, setAll] = useState(false);
  const shown = all ? sorted : sorted.slice(0, FIRST_ROWS);
  const hidden = sorted.length - shown.length;
  const body = useRef<HTMLTableSectionElement>(null);
  // After "Show all", focus goes to the first row that was hidden rather than being lost with the button.
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    body.current?.rows[focusRow.current]?.querySelector<HTMLElement>("button:not([data-student])")?.focus();
    focusRow.current = null;
  }, [all]);
  // The printed gradebook is complete: every row is rendered before the browser lays out the page to print.
  useEffect(() => {
    if (all) return;
    const showAll = () => flushSync(() => setAll(true));
    window.addEventListener("beforeprint", showAll);
    return () => window.removeEventListener("beforeprint", showAll);
  }, [all]);
  const zone = zoneName();
  return (
    <div className="min-w-0">
      <table className="w-full table-fixed border-collapse text-left text-sm sm:text-base">
        <caption className="text-left text-sm text-slate-700 dark:text-slate-300">
          <span className="sr-only">{caption}. </span>Times are in your time zone ({zone}).
        </caption>
        <thead>
          <tr className="border-b border-slate-400">
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                className={`${c.width} p-1 align-bottom sm:p-2`}
                aria-sort={sort.key === c.key ? (sort.dir === 1 ? "ascending" : "descending") : undefined}
              >
                <button
                  type="button"
                  className="text-left font-semibold break-words underline-offset-2 hover:underline"
                  onClick={() => setSort((s) => ({ key: c.key, dir: s.key === c.key ? (-s.dir as 1 | -1) : 1 }))}
                >
                  {c.label}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 1 ? " ▲" : " ▼") : ""}</span>
                </button>
              </th>
            ))}
            <th scope="col" className="no-print w-12 p-1 sm:p-2">
              <span className="sr-only">Remove</span>
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          {shown.map((r) => {
            const notes = rowNotes(r, keep);
            if (notOnList?.has(r.key)) notes.push("Not on the class list");
            const when = formatDateTime(r.result.submittedAt);
            const who = r.name || "unnamed student";
            return (
              <tr
                key={r.key}
                className={`border-b border-slate-200 align-top dark:border-slate-700 ${r.counted ? "" : "text-slate-600 dark:text-slate-400"}`}
              >
                <th scope="row" className="p-1 font-medium break-words sm:p-2">
                  <button
                    type="button"
                    data-student={r.key}
                    className="text-left font-semibold wrap-anywhere text-accent-ink underline decoration-1 underline-offset-2 hover:decoration-2"
                    onClick={() => onOpen(r)}
                  >
                    {r.name || <em>No name given</em>}
                    {r.sameName > 0 ? <span className="sr-only"> (handed in {when})</span> : null}
                  </button>
                  <span className="flex flex-wrap gap-x-2 text-sm font-normal text-muted sm:hidden">
                    <span className="whitespace-nowrap">{when}</span>
                    <span className="inline-flex items-center gap-1 whitespace-nowrap">
                      <ClockIcon className="h-3.5 w-3.5 shrink-0" />
                      <span className="sr-only">, took </span>
                      {formatDuration(r.durationMs)}
                    </span>
                  </span>
                  {notes.length ? (
                    <ul className="mt-1 space-y-0.5 text-xs font-normal sm:text-sm">
                      {notes.map((n) => (
                        <li key={n}>{n}</li>
                      ))}
                    </ul>
                  ) : null}
                </th>
                <td className="p-1 text-right sm:p-2 sm:text-left">
                  <ScorePill score={r.graded.score} max={r.graded.max} percent={r.graded.percent} counted={r.counted} />
                </td>
                <td className="hidden p-1 break-words sm:table-cell sm:p-2">{formatDuration(r.durationMs)}</td>
                <td className="hidden p-1 break-words sm:table-cell sm:p-2">{when}</td>
                <td className="no-print p-1 text-right sm:p-2">
                  {/* A row action, not part of the name: an icon with its words for a screen reader (and a tooltip).
                      The page says what went, with Undo. */}
                  <button
                    type="button"
                    title={r.sameName > 0 ? "Remove this result" : "Remove"}
                    className="-my-1 inline-flex size-10 items-center justify-center rounded-control text-muted hover:bg-wrong-soft hover:text-wrong"
                    onClick={() =>
                      onRemove(
                        r.result.code,
                        `${who}'s result${r.result.attempt > 1 ? `, attempt ${r.result.attempt}` : ""} (handed in ${when})`,
                      )
                    }
                  >
                    <TrashIcon />
                    <span className="sr-only">
                      {r.sameName > 0 ? "Remove this result" : "Remove"} ({who}
                      {r.result.attempt > 1 ? `, attempt ${r.result.attempt}` : ""}, handed in {when})
                    </span>
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {hidden > 0 ? (
        <p className="no-print mt-2 flex flex-wrap items-center gap-2 text-sm">
          {shown.length} of {sorted.length} results shown.
          <button
            type="button"
            className={smallButton}
            onClick={() => {
              focusRow.current = shown.length;
              setAll(true);
            }}
          >
            Show all {sorted.length} results
          </button>
        </p>
      ) : null}
    </div>
  );
}
