"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import Link from "next/link";
import type { Bank } from "@/core/bank/schema";
import { DEFAULT_QUIZ_SETTINGS } from "@/core/quiz/settings";
import { seedFrom } from "@/core/random";
import type { QuestionRecord } from "@/core/progress/mastery";
import { useQuizStore } from "@/stores/quiz-store";
import { panel, primaryButton } from "@/components/ui/styles";

/** The five weakest questions answered so far, and a button that starts a practice quiz of exactly those. */
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
    <section aria-labelledby="weakest-heading" className={panel}>
      <h2 id="weakest-heading" className="text-xl font-semibold">
        Weakest questions
      </h2>
      {weakest.length === 0 ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          No weak spots yet: questions you get wrong will be listed here.
        </p>
      ) : (
        <>
          <ol className="mt-3 list-decimal space-y-2 pl-5" aria-label="Weakest questions">
            {weakest.map((w) => (
              <li key={w.id}>
                <span>{prompts.get(w.id) ?? w.id}</span>{" "}
                <span className="text-sm text-slate-700 dark:text-slate-300">
                  ({w.record.right} of {w.record.seen} right
                  {w.record.lastCorrect === false ? ", last answer wrong" : ""})
                </span>
              </li>
            ))}
          </ol>
          <button type="button" className={`${primaryButton} mt-4`} onClick={practise}>
            Practise these
          </button>
          {blocked || inProgress ? (
            <p className="mt-2 text-sm text-slate-700 dark:text-slate-300" role={blocked ? "alert" : undefined}>
              You have a quiz in progress.{" "}
              <Link href="/quiz/" className="underline">
                Finish or discard it
              </Link>{" "}
              before starting a new one.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}
