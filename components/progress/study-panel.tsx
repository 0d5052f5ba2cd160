import Link from "next/link";
import type { Streak } from "@/core/progress/streak";
import { panel } from "@/components/ui/styles";
import { quantity, plural } from "@/core/format";

/** The study streak and the flashcards due now. */
export function StudyPanel({ streak, due, fresh }: { streak: Streak; due: number; fresh: number }) {
  return (
    <section aria-labelledby="study-heading" className={panel}>
      <h2 id="study-heading" className="text-xl font-semibold">
        Study habit
      </h2>
      <dl className="mt-3 grid grid-cols-2 gap-4">
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">Current streak</dt>
          <dd className="text-2xl font-bold" data-testid="streak">
            {quantity(streak.current, "day")}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">Longest streak</dt>
          <dd className="text-2xl font-bold">{quantity(streak.longest, "day")}</dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">Cards due now</dt>
          <dd className="text-2xl font-bold" data-testid="cards-due">
            {due}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-slate-700 dark:text-slate-300">New cards waiting</dt>
          <dd className="text-2xl font-bold">{fresh}</dd>
        </div>
      </dl>
      <p className="mt-3 text-sm text-slate-700 dark:text-slate-300">
        {streak.studiedToday
          ? "You have studied today."
          : streak.current > 0
            ? "Study today to keep your streak."
            : "A quiz or a card review today starts a streak."}{" "}
        Days count quizzes finished and cards reviewed.
      </p>
      {due > 0 ? (
        <Link
          href="/flashcards/"
          className="mt-3 inline-block font-semibold text-brand-700 underline dark:text-brand-300"
        >
          Review {due} due {plural(due, "card")}
        </Link>
      ) : null}
    </section>
  );
}
