"use client";

import { useId, useState } from "react";
import { useCardsStore } from "@/stores/cards-store";
import { RETENTION_MAX, RETENTION_MIN, NEW_PER_DAY_MAX } from "@/core/scheduling/types";
import { percentOf } from "@/core/format";

/** Desired retention and the daily limit of new cards. */
export function DeckSettings() {
  const settings = useCardsStore((s) => s.settings);
  const setRetention = useCardsStore((s) => s.setRetention);
  const setNewPerDay = useCardsStore((s) => s.setNewPerDay);
  const [draft, setDraft] = useState<string | null>(null);
  const id = useId();
  const pct = percentOf(settings.retention);

  return (
    <details className="mt-8 rounded-card border border-line bg-surface p-4 shadow-card">
      <summary className="cursor-pointer font-semibold">Settings</summary>
      <div className="mt-4 grid gap-6 sm:grid-cols-2">
        <div>
          <label htmlFor={`${id}-retention`} className="block font-medium">
            Desired retention: <output htmlFor={`${id}-retention`}>{pct}%</output>
          </label>
          <input
            id={`${id}-retention`}
            type="range"
            min={percentOf(RETENTION_MIN)}
            max={percentOf(RETENTION_MAX)}
            step={1}
            value={pct}
            aria-valuetext={`${pct}%`}
            aria-describedby={`${id}-retention-hint`}
            onChange={(e) => setRetention(Number(e.target.value) / 100, Date.now())}
            className="mt-2 w-full accent-accent"
          />
          <p id={`${id}-retention-hint`} className="mt-1 text-sm text-muted">
            How likely you want to be to remember a card when it comes back. Higher means more reviews. 90% suits most
            people.
          </p>
        </div>
        <div>
          <label htmlFor={`${id}-new`} className="block font-medium">
            New cards per day
          </label>
          <input
            id={`${id}-new`}
            type="number"
            inputMode="numeric"
            min={0}
            max={NEW_PER_DAY_MAX}
            value={draft ?? String(settings.newPerDay)}
            onChange={(e) => {
              setDraft(e.target.value);
              if (e.target.value !== "" && Number.isFinite(Number(e.target.value)))
                setNewPerDay(Number(e.target.value), Date.now());
            }}
            onBlur={() => setDraft(null)}
            className="mt-2 w-28 rounded-control border border-line-strong bg-surface px-3 py-2"
          />
          <p className="mt-1 text-sm text-muted">Cards you have not seen yet, at most this many a day.</p>
        </div>
      </div>
    </details>
  );
}
