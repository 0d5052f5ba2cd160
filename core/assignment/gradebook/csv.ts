// CSV that opens cleanly in a spreadsheet: quoted where needed, and never run as a formula.
import { rowNotes, type AssignmentGroup, type StudentRow } from "./gradebook";

/** One CSV cell: text a spreadsheet would run as a formula (=, +, -, @, tab, CR) gets a leading apostrophe. */
export function csvCell(value: string | number): string {
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\n\r]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

/** How the attempt ended, in a word or three a spreadsheet can filter on. */
function ending(row: StudentRow): string {
  if (row.result.ending === "time-up-away") return "time ran out while away";
  if (row.result.ending === "time-up") return "time ran out";
  return row.late ? "finished late" : "finished";
}

/** One row per result, one column per question (its score, 0 to 1), then the totals and notes. CRLF line ends. */
export function gradebookCsv(group: AssignmentGroup): string {
  const header = [
    "Name",
    "Attempt",
    "Counts",
    "Submitted at (UTC)",
    "Time taken (minutes)",
    "Ending",
    ...group.questionIds.map((id, i) => `Q${i + 1} ${id}`),
    "Score",
    "Out of",
    "Percent",
    "Notes",
  ];
  const lines = [header.map(csvCell).join(",")];
  for (const row of group.rows) {
    const byId = new Map(row.graded.items.map((i) => [i.questionId, i.result.score]));
    const cells: (string | number)[] = [
      row.name,
      row.result.attempt,
      row.counted ? "yes" : "no",
      new Date(row.result.submittedAt).toISOString().replace(".000Z", "Z"),
      round2(row.durationMs / 60000),
      ending(row),
      ...group.questionIds.map((id) => {
        const score = byId.get(id);
        return score === undefined ? "" : round2(score);
      }),
      round2(row.graded.score),
      row.graded.max,
      row.graded.percent,
      rowNotes(row, group.keep).join(". "),
    ];
    lines.push(cells.map(csvCell).join(","));
  }
  return lines.join("\r\n") + "\r\n";
}
