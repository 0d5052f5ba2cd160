import { AppLink } from "@/components/ui/app-link";
import type { Streak } from "@/core/progress/streak";
import { Card } from "@/components/ui/card";
import { plural, quantity } from "@/core/format";

const days = (n: number) => quantity(n, "day");

/** The study streak and the flashcards due now. */
export function StudyPanel({ streak, due, fresh }: { streak: Streak; due: number; fresh: number }) {
  return (
    <Card title="Study habit">
      <dl className="grid grid-cols-2 gap-4">
        <div>
          <dt className="text-sm text-muted">Current streak</dt>
          <dd className="text-2xl font-bold" data-testid="streak">
            {days(streak.current)}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Longest streak</dt>
          <dd className="text-2xl font-bold">{days(streak.longest)}</dd>
        </div>
        <div>
          <dt className="text-sm text-muted">Cards due now</dt>
          <dd className="text-2xl font-bold" data-testid="cards-due">
            {due}
          </dd>
        </div>
        <div>
          <dt className="text-sm text-muted">New cards waiting</dt>
          <dd className="text-2xl font-bold">{fresh}</dd>
        </div>
      </dl>
      <p className="mt-3 text-sm text-muted">
        {streak.studiedToday
          ? "You have studied today."
          : streak.current > 0
            ? "Study today to keep your streak."
            : "A quiz or a card review today starts a streak."}{" "}
        Days count quizzes finished and cards reviewed.
      </p>
      {due > 0 ? (
        <AppLink href="/flashcards/" className="mt-3 inline-block font-semibold text-accent-ink underline">
          Review {due} due {plural(due, "card")}
        </AppLink>
      ) : null}
    </Card>
  );
}
