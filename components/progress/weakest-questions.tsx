"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { AppLink } from "@/components/ui/app-link";
import type { Bank } from "@/core/bank/schema";
import { DEFAULT_QUIZ_SETTINGS } from "@/core/quiz/settings";
import { seedFrom } from "@/core/random";
import type { QuestionRecord } from "@/core/progress/mastery";
import { useQuizStore } from "@/stores/quiz-store";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

/** The five weakest questions missed so far, and a button that starts a practice quiz of exactly those. */
export function WeakestQuestions({
  bank,
  weakest,
}: {
  bank: Bank;
  weakest: { id: string; record: QuestionRecord; accuracy: number }[];
}) {
  const router = useRouter();
  const inProgress = useQuizStore((s) => s.current !== null);
  const [blocked, setBlocked] = useState(false);
  const prompts = new Map(bank.questions.map((q) => [q.id, q.prompt]));

  const practise = () => {
    // Never replace a quiz in progress: the learner finishes or discards it first.
    if (useQuizStore.getState().current) {
      setBlocked(true);
      return;
    }
    const ids = weakest.map((w) => w.id);
    useQuizStore
      .getState()
      .startWith(
        bank,
        ids,
        { ...DEFAULT_QUIZ_SETTINGS, count: ids.length, adaptive: false },
        seedFrom(ids.join(",")),
        "retry",
        Date.now(),
      );
    router.push("/quiz/");
  };

  return (
    <Card title="Weakest questions">
      {weakest.length === 0 ? (
        <EmptyState title="No weak spots yet">
          Questions you get wrong will be listed here, ready to practise.
        </EmptyState>
      ) : (
        <>
          <ol className="list-decimal space-y-2 pl-5" aria-label="Weakest questions">
            {weakest.map((w) => (
              <li key={w.id}>
                <span>{prompts.get(w.id) ?? w.id}</span>{" "}
                <span className="text-sm text-muted">
                  ({w.record.right} of {w.record.seen} right
                  {w.record.lastCorrect === false ? ", last answer wrong" : ""})
                </span>
              </li>
            ))}
          </ol>
          <Button className="mt-4" onClick={practise}>
            Practise these
          </Button>
          {blocked || inProgress ? (
            <p className="mt-2 text-sm text-muted" role={blocked ? "alert" : undefined}>
              You have a quiz in progress.{" "}
              <AppLink href="/quiz/" className="underline">
                Finish or discard it
              </AppLink>{" "}
              before starting a new one.
            </p>
          ) : null}
        </>
      )}
    </Card>
  );
}
