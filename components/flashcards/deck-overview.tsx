"use client";

import { useId } from "react";
import type { Bank } from "@/core/bank/schema";
import type { Direction } from "@/core/scheduling/session";
import { cardsForDirection } from "@/core/scheduling/session-view";
import { cardsInPlay, deckSummary, newCardIdsForToday } from "@/core/scheduling/summary";
import { Button } from "@/components/ui/button";
import { CheckIcon } from "@/components/ui/icons";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Stat, StatGrid } from "@/components/ui/stat";
import { startOfLocalDay } from "@/core/day";
import { useCardsStore } from "@/stores/cards-store";
import { DeckSettings } from "./deck-settings";
import { describeDue, quantity } from "@/core/format";
import { useNow } from "@/components/ui/use-now";
import { startStudyWhenLoaded } from "./load-study";

export type StudyChoice = { topic: string | null; direction: Direction };

const cardsWord = (n: number) => quantity(n, "card");

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
  const id = useId();
  if (now === null) return null; // only while server HTML hydrates; this screen is drawn after the deck loads

  // Reversed study uses only the cards that still have one clear answer when shown back first.
  const reversible = cardsInPlay(cardsForDirection(bank.flashcards, "back"), topic).length;
  const pool = cardsForDirection(bank.flashcards, reversible > 0 ? direction : "front");
  const dir: Direction = reversible > 0 ? direction : "front";
  const ids = cardsInPlay(pool, topic);
  const summary = deckSummary(cards, now, ids);
  const newToday = newCardIdsForToday(cards, ids, logs, settings.newPerDay, startOfLocalDay(now)).length;
  const ready = summary.due + newToday;
  const topicsWithCards = bank.topics.filter((t) => cardsInPlay(bank.flashcards, t.id).length > 0);

  return (
    <div className="grid gap-6">
      <h2 className="sr-only">Your deck</h2>
      <StatGrid>
        <Stat label="Due now" value={summary.due} />
        <Stat label="New today" value={newToday} />
        <Stat label="In learning" value={summary.learning} />
        <Stat label="In this deck" value={summary.total} />
      </StatGrid>

      <Card className="grid gap-5">
        {ready > 0 ? (
          <div className="flex flex-wrap items-center gap-3">
            <Button
              size="lg"
              className="w-full sm:w-auto"
              onClick={() => void startStudyWhenLoaded({ mode: "review", direction: dir, topic }, pool)}
            >
              Study now ({cardsWord(ready)})
            </Button>
            <p className="text-muted" data-testid="next-due">
              {summary.nextDue === null
                ? "You have not studied any card yet."
                : `Next card due: ${describeDue(summary.nextDue, now)}.`}
            </p>
          </div>
        ) : (
          <EmptyState title="Nothing to review now" level={3}>
            <p data-testid="next-due">
              {summary.nextDue !== null && summary.nextDue > now
                ? `Come back ${describeDue(summary.nextDue, now)}, or cram below.`
                : "Cram below to go through the cards anyway."}
            </p>
          </EmptyState>
        )}

        <div className="grid gap-4 sm:grid-cols-2">
          {/* Chips rather than a drop-down: every topic in sight, one tap to pick (radios underneath). */}
          <fieldset>
            <legend className="mb-2 font-semibold">Topic</legend>
            <div className="flex flex-wrap gap-2">
              {[{ id: "", label: "All topics" }, ...topicsWithCards].map((t) => (
                <label key={t.id} className="chip">
                  <input
                    type="radio"
                    name={`${id}-topic`}
                    checked={(topic ?? "") === t.id}
                    onChange={() => onChoice({ ...choice, topic: t.id || null })}
                  />
                  <CheckIcon />
                  {t.label}
                </label>
              ))}
            </div>
          </fieldset>
          <fieldset>
            <legend className="font-semibold">Show first</legend>
            <div className="mt-1 grid gap-1">
              <label className="flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name={`${id}-direction`}
                  value="front"
                  checked={dir === "front"}
                  onChange={() => onChoice({ ...choice, direction: "front" })}
                  className="size-4"
                />
                The question (front)
              </label>
              <label className="flex min-h-11 items-center gap-2">
                <input
                  type="radio"
                  name={`${id}-direction`}
                  value="back"
                  checked={dir === "back"}
                  disabled={reversible === 0}
                  onChange={() => onChoice({ ...choice, direction: "back" })}
                  className="size-4"
                />
                <span>
                  The answer (reverse){" "}
                  <span className="text-sm text-muted">
                    {reversible === 0 ? "· no card here reverses well" : `· ${cardsWord(reversible)} that reverse well`}
                  </span>
                </span>
              </label>
            </div>
          </fieldset>
        </div>

        {ids.length > 0 ? (
          <div>
            <Button
              variant="secondary"
              onClick={() => void startStudyWhenLoaded({ mode: "cram", direction: dir, topic }, pool)}
            >
              Cram all {cardsWord(ids.length)}
            </Button>
            <p className="mt-2 text-sm text-muted">
              Cram shows every card in random order and does not change when cards are due.
            </p>
          </div>
        ) : null}
      </Card>
      <DeckSettings />
    </div>
  );
}
