"use client";

import { useState } from "react";
import type { StudentRow } from "@/core/assignment/gradebook";
import { smallButton } from "@/components/ui/styles";
import { formatDateTime, formatNumber, formatPercent } from "@/core/format";

type SortKey = "name" | "score" | "time" | "submitted";

const COLUMNS: { key: SortKey; label: string }[] = [
  { key: "name", label: "Name" },
  { key: "score", label: "Score" },
  { key: "time", label: "Time taken" },
  { key: "submitted", label: "Handed in" },
];

const minutes = (ms: number) => {
  const s = Math.round(ms / 1000);
  return `${Math.floor(s / 60)} min ${String(s % 60).padStart(2, "0")} s`;
};

/** One row per student, sortable by each column with the keyboard. */
export function StudentsTable({
  rows,
  caption,
  onRemove,
}: {
  rows: StudentRow[];
  caption: string;
  onRemove: (code: string) => void;
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
    return (x < y ? -1 : x > y ? 1 : 0) * sort.dir;
  });
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] border-collapse text-left">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-slate-400">
            {COLUMNS.map((c) => (
              <th
                key={c.key}
                scope="col"
                className="p-2"
                aria-sort={sort.key === c.key ? (sort.dir === 1 ? "ascending" : "descending") : undefined}
              >
                <button
                  type="button"
                  className="font-semibold underline-offset-2 hover:underline"
                  onClick={() => setSort((s) => ({ key: c.key, dir: s.key === c.key ? (-s.dir as 1 | -1) : 1 }))}
                >
                  {c.label}
                  <span aria-hidden="true">{sort.key === c.key ? (sort.dir === 1 ? " ▲" : " ▼") : ""}</span>
                </button>
              </th>
            ))}
            <th scope="col" className="p-2">
              Notes
            </th>
            <th scope="col" className="p-2">
              <span className="sr-only">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr key={r.key} className="border-b border-slate-200 dark:border-slate-700">
              <th scope="row" className="p-2 font-medium">
                {r.name || <em>No name given</em>}
              </th>
              <td className="p-2 tabular-nums">
                {formatNumber(r.graded.score)} / {r.graded.max} ({formatPercent(r.graded.percent / 100)})
              </td>
              <td className="p-2">{minutes(r.durationMs)}</td>
              <td className="p-2">{formatDateTime(r.result.submittedAt, { timeZone: "UTC" })} UTC</td>
              <td className="p-2 text-sm">
                {[
                  r.overTime ? "Over the time limit" : "",
                  r.handIns > 1 ? `Handed in ${r.handIns} times: the latest is shown` : "",
                  r.graded.bankChanged ? "Answered on another version of the questions" : "",
                ]
                  .filter(Boolean)
                  .join(". ")}
              </td>
              <td className="p-2">
                <button type="button" className={smallButton} onClick={() => onRemove(r.result.code)}>
                  Remove<span className="sr-only"> {r.name || "unnamed"}&apos;s result</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
