import { AppLink } from "@/components/ui/app-link";
import type { Streak } from "@/core/progress/streak";
import { Card } from "@/components/ui/card";
import { buttonClass } from "@/components/ui/button";
import { plural, quantity } from "@/core/format";

const days = (n: number) => quantity(n, "day");

/** The study streak, the flashcards due now, and the one next step: cards due first, then new cards, then a quiz. */
export function StudyPanel({ streak, due, fresh }: { streak: Streak; due: number; fresh: number }) {
  const [href, next] =
    due > 0
      ? ["/flashcards/", `Review ${due} due ${plural(due, "card")}`]
      : fresh > 0
        ? ["/flashcards/", "Learn new cards"]
        : ["/quiz/", "Take a quick quiz"];
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
      <AppLink href={href} className={buttonClass("primary", "md", "mt-3 w-full sm:w-auto")}>
        {next}
      </AppLink>
    </Card>
  );
}
