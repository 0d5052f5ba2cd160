"use client";

import { useRef } from "react";
import type { Bank } from "@/core/bank/schema";
import { smallButton } from "@/components/ui/styles";
import { useRovingFocus } from "@/components/ui/use-roving-focus";

/** The chosen question ids in assignment order, and how to change them. */
export type ChosenProps = { bank: Bank; ids: string[]; onChange: (ids: string[]) => void };

/** The chosen questions in order, each with move and remove buttons: one Tab stop, arrow keys between them. */
export function SelectedList({ bank, ids, onChange }: ChosenProps) {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const listRef = useRef<HTMLOListElement>(null);
  useRovingFocus(listRef);
  const move = (i: number, by: number) => {
    const next = [...ids];
    const [item] = next.splice(i, 1);
    if (item === undefined) return;
    next.splice(i + by, 0, item);
    onChange(next);
  };
  return (
    <ol ref={listRef} className="space-y-2">
      {ids.map((id, i) => (
        <li key={id} className="flex items-start gap-2 rounded-md border border-slate-300 p-2 dark:border-slate-700">
          <span className="w-6 shrink-0 text-right font-semibold">{i + 1}.</span>
          <span className="min-w-0 flex-1 break-words">
            {byId.get(id)?.prompt ?? id} <span className="text-sm text-slate-700 dark:text-slate-300">({id})</span>
          </span>
          <span className="flex shrink-0 gap-1">
            <button
              type="button"
              data-roving
              tabIndex={-1}
              className={smallButton}
              aria-label={`Move ${id} up`}
              disabled={i === 0}
              onClick={() => move(i, -1)}
            >
              ↑
            </button>
            <button
              type="button"
              data-roving
              tabIndex={-1}
              className={smallButton}
              aria-label={`Move ${id} down`}
              disabled={i === ids.length - 1}
              onClick={() => move(i, 1)}
            >
              ↓
            </button>
            <button
              type="button"
              data-roving
              tabIndex={-1}
              className={smallButton}
              aria-label={`Remove ${id}`}
              // The next row moves under the pointer: a double click's second click (detail 2) must not remove it.
              onClick={(e) => e.detail < 2 && onChange(ids.filter((x) => x !== id))}
            >
              ✕
            </button>
          </span>
        </li>
      ))}
    </ol>
  );
}
