"use client";

import { decodeAssignment } from "@/core/assignment/link/assignment-code";
import { formatDateTime, quantity } from "@/core/format";
import type { SavedAssignment } from "@/stores/teacher-store";
import { smallButton } from "@/components/ui/styles";

/** The saved assignments and what can be done with each: shared by the section and its on-demand list. */
export type SavedAssignmentsProps = {
  items: SavedAssignment[];
  onOpen: (code: string) => void;
  onRemove: (code: string) => void;
};

/** The saved assignments, newest first: name, date and time, question count and code; to reopen or remove. */
export function SavedAssignmentList({ items, onOpen, onRemove }: SavedAssignmentsProps) {
  return (
    <ul className="space-y-2">
      {items.map((a) => {
        const d = decodeAssignment(a.code);
        const name = a.title || "Untitled assignment";
        return (
          <li
            key={a.code}
            className="flex flex-wrap items-center gap-2 rounded-md border border-slate-300 p-2 dark:border-slate-700"
          >
            <span className="min-w-0 flex-1 basis-48">
              <span className="block break-words font-medium">{name}</span>
              <span className="block text-sm text-slate-700 dark:text-slate-300">
                {formatDateTime(a.savedAt)}
                {d.ok ? ` · ${quantity(d.value.questionIds.length, "question")}` : ""} · code {a.id}
              </span>
            </span>
            <button type="button" className={smallButton} onClick={() => onOpen(a.code)}>
              Open<span className="sr-only"> {name}</span>
            </button>
            <button type="button" className={smallButton} onClick={() => onRemove(a.code)}>
              Remove<span className="sr-only"> {name}</span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
