import Link from "next/link";
import type { FinishedAttempt } from "@/stores/quiz-store";
import { formatDateTime, formatPercent } from "@/core/format";
import { panel } from "@/components/ui/styles";

const KIND: Record<FinishedAttempt["kind"], string> = {
  quiz: "Quiz",
  retry: "Practice of mistakes",
  link: "Shared quiz",
};

/** Past attempts, newest first, each linking to its full review. */
export function AttemptList({ attempts }: { attempts: readonly FinishedAttempt[] }) {
  const newestFirst = [...attempts].sort((a, b) => b.endedAt - a.endedAt);
  return (
    <section aria-labelledby="attempts-heading" className={panel}>
      <h2 id="attempts-heading" className="text-xl font-semibold">
        Past attempts
      </h2>
      {newestFirst.length === 0 ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">
          No finished quizzes yet.{" "}
          <Link href="/quiz/" className="underline">
            Take a quiz
          </Link>
          .
        </p>
      ) : (
        <ul className="mt-3 divide-y divide-slate-200 dark:divide-slate-700" aria-label="Past attempts">
          {newestFirst.map((a) => {
            const right = a.questionIds.filter((id) => a.scores[id] === 1).length;
            return (
              <li key={a.id} className="flex flex-wrap items-center gap-x-4 gap-y-1 py-2">
                <span className="min-w-0 flex-1">
                  <span className="font-medium">{formatDateTime(a.endedAt)}</span>{" "}
                  <span className="text-sm text-slate-700 dark:text-slate-300">
                    {KIND[a.kind]}, {a.settings.mode === "exam" ? "exam" : "practice"}
                  </span>
                </span>
                <span className="tabular-nums">
                  {formatPercent(a.score)} ({right} of {a.questionIds.length} right)
                </span>
                <Link
                  href={`/progress/?attempt=${encodeURIComponent(a.id)}`}
                  className="font-semibold text-brand-700 underline dark:text-brand-300"
                  aria-label={`Review the attempt of ${formatDateTime(a.endedAt)}`}
                >
                  Review
                </Link>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
