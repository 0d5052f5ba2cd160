"use client";

import Link from "next/link";
import type { SavedAssignment } from "@/stores/teacher-store";
import { smallButton } from "@/components/ui/styles";
import { formatDate } from "@/core/format";

/** Assignments made on this device, to reopen, copy or print again. */
export function SavedAssignments({
  items,
  onOpen,
  onRemove,
}: {
  items: SavedAssignment[];
  onOpen: (code: string) => void;
  onRemove: (code: string) => void;
}) {
  return (
    <section aria-labelledby="saved-h" className="no-print space-y-2">
      <h2 id="saved-h" className="text-xl font-semibold">
        Your assignments
      </h2>
      {items.length === 0 ? (
        <p>None yet. Assignments you create are kept in this browser.</p>
      ) : (
        <ul className="space-y-2">
          {items.map((a) => (
            <li
              key={a.code}
              className="flex flex-wrap items-center gap-2 rounded-md border border-slate-300 p-2 dark:border-slate-700"
            >
              <span className="min-w-0 flex-1 font-medium">{a.title || "Untitled assignment"}</span>
              <span className="text-sm text-slate-700 dark:text-slate-300">
                {formatDate(a.savedAt, { timeZone: "UTC" })}
              </span>
              <button type="button" className={smallButton} onClick={() => onOpen(a.code)}>
                Open<span className="sr-only"> {a.title || "untitled assignment"}</span>
              </button>
              <button type="button" className={smallButton} onClick={() => onRemove(a.code)}>
                Remove<span className="sr-only"> {a.title || "untitled assignment"}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <p>
        <Link href="/teach/results/" className="underline">
          Open the gradebook
        </Link>{" "}
        to collect your students&apos; results.
      </p>
    </section>
  );
}
