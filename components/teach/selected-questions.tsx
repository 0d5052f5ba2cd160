"use client";

import type { ChosenProps } from "./selected-list";
import { preloadable } from "@/components/ui/preloadable";

// The list with its buttons exists only once a question is chosen: its code loads then.
const SelectedList = preloadable(() => import("./selected-list").then((m) => m.SelectedList), "");

/** The chosen questions in assignment order, with move and remove buttons: one Tab stop, arrow keys between them. */
export function SelectedQuestions({ bank, ids, onChange }: ChosenProps) {
  return (
    <section aria-labelledby="selected-h" className="space-y-2">
      <h2 id="selected-h" className="text-xl font-semibold">
        In this assignment ({ids.length})
      </h2>
      {ids.length === 0 ? (
        <p>No questions yet: add some from the list, or pick a few at random.</p>
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">
          The arrow keys move between these buttons; Tab moves on.
        </p>
      )}
      {ids.length > 0 ? <SelectedList bank={bank} ids={ids} onChange={onChange} /> : null}
    </section>
  );
}
