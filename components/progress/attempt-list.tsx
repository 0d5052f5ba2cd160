import { AppLink } from "@/components/ui/app-link";
import type { FinishedAttempt } from "@/stores/quiz-store";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { LazyAttemptRows } from "./lazy-history";

/** Past attempts, newest first, each linking to its full review. */
export function AttemptList({ attempts }: { attempts: readonly FinishedAttempt[] }) {
  return (
    <Card title="Past attempts">
      {attempts.length === 0 ? (
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
        <LazyAttemptRows attempts={attempts} />
      )}
    </Card>
  );
}
