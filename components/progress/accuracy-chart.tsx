import type { AttemptPoint } from "@/core/progress/mastery";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LazyAccuracyFigure } from "./lazy-history";

/** Score of each recent attempt as a small line chart with labelled axes; the figures are listed for screen readers. */
export function AccuracyChart({ points }: { points: AttemptPoint[] }) {
  return (
    <Card title="Recent accuracy" className="md:col-start-2">
      {points.length === 0 ? (
        <EmptyState title="No quiz finished yet">Your score for each quiz will show here.</EmptyState>
      ) : (
        <LazyAccuracyFigure points={points} />
      )}
    </Card>
  );
}
