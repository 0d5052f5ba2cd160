"use client";

import { useId } from "react";
import type { Bank } from "@/core/bank/schema";
import type { Direction } from "@/core/scheduling/session";
import { cardsInPlay, deckSummary, newCardIdsForToday } from "@/core/scheduling/summary";
import { startOfLocalDay } from "@/core/day";
import { useCardsStore } from "@/stores/cards-store";
import { DeckSettings } from "./deck-settings";
import { describeDue, quantity } from "@/core/format";
import { primaryButton, secondaryButton } from "@/components/ui/styles";
import { useNow } from "@/components/ui/use-now";
import { startStudyWhenLoaded } from "./load-study";

export type StudyChoice = { topic: string | null; direction: Direction };

/** What is due, what is new, when the next card comes back; pick a topic and a direction and start studying. */
export function DeckOverview({
  bank,
  choice,
  onChoice,
}: {
  bank: Bank;
  /** Kept by the parent, so the topic and direction survive a session. */
  choice: StudyChoice;
  onChoice: (c: StudyChoice) => void;
}) {
  const now = useNow();
  const cards = useCardsStore((s) => s.cards);
  const logs = useCardsStore((s) => s.logs);
  const settings = useCardsStore((s) => s.settings);
  const { topic, direction } = choice;
  const setTopic = (t: string | null) => onChoice({ ...choice, topic: t });
  const setDirection = (d: Direction) => onChoice({ ...choice, direction: d });
  const id = useId();
  if (now === null) return null; // only while server HTML hydrates; this screen is drawn after the deck loads

  const ids = cardsInPlay(bank.flashcards, topic);
  const summary = deckSummary(cards, now, ids);
  const newToday = newCardIdsForToday(cards, ids, logs, settings.newPerDay, startOfLocalDay(now)).length;
  const ready = summary.due + newToday;
  const topicsWithCards = bank.topics.filter((t) => cardsInPlay(bank.flashcards, t.id).length > 0);

  return (
    <div>
      <h2 className="sr-only">Your deck</h2>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label="Due now" value={summary.due} />
        <Stat label="New today" value={newToday} />
        <Stat label="In learning" value={summary.learning} />
        <Stat label="Total" value={summary.total} />
      </dl>
      <p className="mt-4" data-testid="next-due">
        {summary.nextDue === null
          ? "You have not studied any card yet."
          : `Next card due: ${describeDue(summary.nextDue, now)}.`}
      </p>

      <div className="mt-6 flex flex-wrap gap-6">
        <div>
          <label htmlFor={`${id}-topic`} className="block font-medium">
            Topic
          </label>
          <select
            id={`${id}-topic`}
            value={topic ?? ""}
            onChange={(e) => setTopic(e.target.value === "" ? null : e.target.value)}
            className="mt-1 min-h-11 rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900"
          >
            <option value="">All topics</option>
            {topicsWithCards.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </div>
        <fieldset>
          <legend className="font-medium">Show first</legend>
          <div className="mt-1 flex flex-wrap gap-4">
            {(
              [
                ["front", "Front (question)"],
                ["back", "Back (answer), reverse"],
              ] as const
            ).map(([value, label]) => (
              <label key={value} className="flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name={`${id}-direction`}
                  value={value}
                  checked={direction === value}
                  onChange={() => setDirection(value)}
                  className="size-4 accent-brand-700 dark:accent-brand-300"
                />
                {label}
              </label>
            ))}
          </div>
        </fieldset>
      </div>

      <div className="mt-6 flex flex-wrap items-center gap-3">
        {ready > 0 ? (
          <button
            type="button"
            className={primaryButton}
            onClick={() => void startStudyWhenLoaded({ mode: "review", direction, topic }, bank.flashcards)}
          >
            Study now ({quantity(ready, "card")})
          </button>
        ) : (
          <p className="font-medium">
            Nothing to review now.
            {summary.nextDue !== null && summary.nextDue > now
              ? ` Come back ${describeDue(summary.nextDue, now)}.`
              : ""}
          </p>
        )}
        {ids.length > 0 ? (
          <button
            type="button"
            className={secondaryButton}
            onClick={() => void startStudyWhenLoaded({ mode: "cram", direction, topic }, bank.flashcards)}
          >
            Cram all {quantity(ids.length, "card")}
          </button>
        ) : null}
      </div>
      <p className="mt-2 text-sm text-slate-700 dark:text-slate-300">
        Cram shows every card in random order and does not change when cards are due.
      </p>
      <DeckSettings />
    </div>
  );
}

function Stat({ label, value }: { label: string; value: number }) {
  return (
    <div className="rounded-lg border border-slate-300 p-3 dark:border-slate-700">
      <dt className="text-sm text-slate-700 dark:text-slate-300">{label}</dt>
      <dd className="text-2xl font-bold tabular-nums">{value}</dd>
    </div>
  );
}
