import { AppLink } from "@/components/ui/app-link";
import type { FinishedAttempt } from "@/stores/quiz-store";
import { formatDateTime, formatPercent } from "@/core/format";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";

const KIND: Record<FinishedAttempt["kind"], string> = {
  quiz: "Quiz",
  retry: "Practice of mistakes",
  link: "Shared quiz",
};

/** Past attempts, newest first, each linking to its full review. */
export function AttemptList({ attempts }: { attempts: readonly FinishedAttempt[] }) {
  const newestFirst = [...attempts].sort((a, b) => b.endedAt - a.endedAt);
  return (
    <Card title="Past attempts">
      {newestFirst.length === 0 ? (
        <EmptyState
          title="No finished quizzes yet"
          action={
            <AppLink href="/quiz/" className={buttonClass("primary")}>
              Take a quiz
            </AppLink>
          }
        >
          Each quiz you finish is kept here with its full review.
        </EmptyState>
      ) : (
        <ul className="divide-y divide-line" aria-label="Past attempts">
          {newestFirst.map((a) => {
            const right = a.questionIds.filter((id) => a.scores[id] === 1).length;
            return (
              <li key={a.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
                <span className="min-w-0 flex-1">
                  <span className="font-medium">{formatDateTime(a.endedAt)}</span>{" "}
                  <span className="text-sm text-muted">
                    {KIND[a.kind]}, {a.settings.mode === "exam" ? "exam" : "practice"}
                  </span>
                </span>
                <span className="tabular-nums">
                  {formatPercent(a.score)} ({right} of {a.questionIds.length} right)
                </span>
                <AppLink
                  href={`/progress/?attempt=${encodeURIComponent(a.id)}`}
                  className="font-semibold text-accent-ink underline"
                  aria-label={`Review the attempt of ${formatDateTime(a.endedAt)}`}
                >
                  Review
                </AppLink>
              </li>
            );
          })}
        </ul>
      )}
    </Card>
  );
}
