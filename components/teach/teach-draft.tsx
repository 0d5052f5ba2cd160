"use client";

// The draft on /teach: loaded once the form is on screen (not with the page's first JavaScript), it reads the saved
// draft back and then keeps it as the teacher types.
import { isEmptyDraft, parseDraft, type TeachDraft } from "@/core/assignment/saved/draft";
import type { Bank } from "@/core/bank/schema";
import { readItem, removeItem, STORAGE_KEYS, writeItem } from "@/lib/storage";
import { smallButton } from "@/components/ui/styles";

export type { TeachDraft };

/** The saved draft, with questions the bank no longer has left out; null when there is none. */
export function readDraft(bank: Bank): TeachDraft | null {
  return parseDraft(readItem(STORAGE_KEYS.teachDraft), new Set(bank.questions.map((q) => q.id)));
}

/** Keeps the form as it is now; an empty form leaves nothing behind. */
export function saveDraft(d: TeachDraft): void {
  if (isEmptyDraft(d)) removeItem(STORAGE_KEYS.teachDraft);
  else writeItem(STORAGE_KEYS.teachDraft, JSON.stringify(d));
}

/** The link is made: the draft has done its job. */
export function clearDraft(): void {
  removeItem(STORAGE_KEYS.teachDraft);
}

/** "Start over": shown while the form holds something; empties it (and so the saved draft). */
export function StartOver({ draft, onStartOver }: { draft: TeachDraft; onStartOver: () => void }) {
  if (isEmptyDraft(draft)) return null;
  return (
    <button type="button" className={smallButton} onClick={onStartOver}>
      Start over<span className="sr-only"> (empties the form)</span>
    </button>
  );
}
