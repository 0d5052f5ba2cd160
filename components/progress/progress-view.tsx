import { memo } from "react";
import { AppLink } from "@/components/ui/app-link";
import type { Bank } from "@/core/bank/schema";
import type { ProgressFigures } from "@/core/progress/dashboard";
import type { FinishedAttempt } from "@/stores/quiz-store";
import { EmptyState } from "@/components/ui/empty-state";
import { buttonClass } from "@/components/ui/button";
import { MasteryPanel, TopicsPanel } from "./mastery-panel";
import { AccuracyChart } from "./accuracy-chart";
import { StudyPanel } from "./study-panel";
import { WeakestQuestions } from "./weakest-questions";
import { AttemptList } from "./attempt-list";

/**
 * The /progress dashboard for a set of figures: a new visitor's is in the HTML itself (computed from the bank when
 * the site is built) and is then updated in place. Memoized: while the page loads, and for a new visitor after, its
 * props do not change, so it is drawn once.
 */
export const ProgressView = memo(function ProgressView({
  figures,
  attempts,
  bank,
}: {
  figures: ProgressFigures;
  attempts: readonly FinishedAttempt[];
  /** Needed only to list the weakest questions; a new visitor has none. */
  bank: Bank | null;
}) {
  // Before the first answer there is nothing to measure: one invitation, not a dashboard of zeros under it.
  if (figures.fresh)
    return (
      <EmptyState
        level={2}
        title="Your progress starts with your first answers"
        action={
          <>
            <AppLink href="/quiz/" className={buttonClass("primary")}>
              Take a quick quiz
            </AppLink>
            <AppLink href="/flashcards/" className={buttonClass("secondary")}>
              Review flashcards
            </AppLink>
          </>
        }
      >
        Every quiz and card review shows up here: what you have mastered, your streak and what to practise next.
      </EmptyState>
    );
  return (
    <div className="space-y-6">
      {/* A phone reads it in this order (what was done, the streak and next step, then the detail); a wide screen
          puts the topics in the left column beside the scores and the weakest questions. */}
      <div className="grid gap-6 md:grid-flow-dense md:grid-cols-2">
        <MasteryPanel overall={figures.overall} />
        <StudyPanel streak={figures.streak} due={figures.due} fresh={figures.newCards} />
        <AccuracyChart points={figures.recent} />
        <TopicsPanel byTopic={figures.byTopic} />
        <WeakestQuestions bank={bank} weakest={figures.weakest} />
      </div>
      <AttemptList attempts={attempts} />
    </div>
  );
});
