"use client";

import { AppLink } from "@/components/ui/app-link";
import type { SavedAssignmentsProps } from "./saved-assignment-list";
import { preloadable } from "@/components/ui/preloadable";

// The rows read each link (for its question count): the codec loads when there is something saved to list.
const SavedAssignmentList = preloadable(
  () => import("./saved-assignment-list").then((m) => m.SavedAssignmentList),
  "Loading your assignments…",
);

/** Assignments made on this device, told apart by date and time, question count and code; to reopen or remove. */
export function SavedAssignments({ items, onOpen, onRemove }: SavedAssignmentsProps) {
  return (
    <section aria-labelledby="saved-h" className="no-print min-w-0 space-y-2">
      <h2 id="saved-h" className="text-xl font-semibold">
        Your assignments
      </h2>
      {items.length === 0 ? (
        <p>None yet. Assignments you create are kept in this browser.</p>
      ) : (
        <SavedAssignmentList items={items} onOpen={onOpen} onRemove={onRemove} />
      )}
      <p>
        <AppLink href="/teach/results/" className="underline">
          Open the gradebook
        </AppLink>{" "}
        to collect your students&apos; results.
      </p>
    </section>
  );
}
