"use client";

import { useId, useState } from "react";
import { parseRoster, ROSTER_LIMITS, type RosterStatus } from "@/core/assignment/gradebook/roster";
import { input, primaryButton, secondaryButton, smallButton } from "@/components/ui/styles";

/**
 * The assignment's class list: who has not handed in yet, and a box to paste the names (one a line, as a spreadsheet
 * column pastes). Kept with the assignment in this browser.
 */
export function RosterPanel({
  roster,
  status,
  onSave,
}: {
  roster: readonly string[];
  status: RosterStatus | null;
  onSave: (names: string[]) => void;
}) {
  const id = useId();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState("");
  const open = () => {
    setText(roster.join("\n"));
    setEditing(true);
  };
  return (
    <section
      aria-labelledby={`${id}-h`}
      className="no-print min-w-0 space-y-2 rounded-card border border-line bg-surface p-4 shadow-card"
    >
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h3 id={`${id}-h`} className="text-lg font-semibold">
          {status ? `Not handed in (${status.missing.length} of ${roster.length})` : "Class list"}
        </h3>
        {!editing ? (
          <button type="button" className={smallButton} onClick={open}>
            {roster.length ? "Class list: edit" : "Class list: paste names"}
          </button>
        ) : null}
      </div>
      {status ? (
        status.missing.length ? (
          <ul aria-label="Not handed in" className="flex flex-wrap gap-1.5">
            {status.missing.map((name) => (
              <li key={name} className="rounded-full border border-line bg-surface-2 px-2.5 py-0.5 text-sm break-all">
                {name}
              </li>
            ))}
          </ul>
        ) : (
          <p>Everyone on the class list has handed in.</p>
        )
      ) : !editing ? (
        <p className="text-sm text-muted">
          Paste your class list to see who has not handed in yet, and which results come from a name not on it.
        </p>
      ) : null}
      {editing ? (
        <form
          className="space-y-2"
          onSubmit={(e) => {
            e.preventDefault();
            onSave(parseRoster(text));
            setEditing(false);
          }}
        >
          <label className="block">
            Names, one a line (paste a column from a spreadsheet; up to {ROSTER_LIMITS.names})
            <textarea className={input} rows={6} value={text} autoFocus onChange={(e) => setText(e.target.value)} />
          </label>
          <div className="flex flex-wrap gap-2">
            <button type="submit" className={primaryButton}>
              Save the class list
            </button>
            <button type="button" className={secondaryButton} onClick={() => setEditing(false)}>
              Cancel
            </button>
          </div>
        </form>
      ) : null}
    </section>
  );
}
