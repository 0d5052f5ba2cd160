import type { AttemptPoint } from "@/core/progress/mastery";
import { formatDate, formatPercent, quantity } from "@/core/format";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";

const W = 300;
const H = 120;
const PAD = 8;

/** Score of each recent attempt as a small line chart with labelled axes; the figures are listed for screen readers. */
export function AccuracyChart({ points }: { points: AttemptPoint[] }) {
  const x = (i: number) => (points.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (points.length - 1));
  const y = (score: number) => H - PAD - score * (H - 2 * PAD);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(" ");
  const first = points[0];
  const last = points.at(-1);
  return (
    <Card title="Recent accuracy">
      {points.length === 0 || !first || !last ? (
        <EmptyState title="No quiz finished yet">Your score for each quiz will show here.</EmptyState>
      ) : (
        <figure>
          <div className="grid grid-cols-[auto_1fr] gap-x-2">
            <span className="text-xs font-semibold text-muted [writing-mode:vertical-rl] rotate-180 self-center">
              Score
            </span>
            <div className="grid grid-cols-[auto_1fr] gap-x-2">
              <div
                className="flex h-32 flex-col justify-between py-0.5 text-right text-xs text-muted tabular-nums"
                aria-hidden="true"
              >
                <span>100%</span>
                <span>50%</span>
                <span>0%</span>
              </div>
              <svg viewBox={`0 0 ${W} ${H}`} className="h-32 w-full" aria-hidden="true" preserveAspectRatio="none">
                {[0, 0.5, 1].map((g) => (
                  <line
                    key={g}
                    x1={0}
                    x2={W}
                    y1={y(g)}
                    y2={y(g)}
                    className="stroke-line"
                    vectorEffect="non-scaling-stroke"
                  />
                ))}
                <path
                  d={path}
                  fill="none"
                  strokeWidth={2.5}
                  className="stroke-accent"
                  vectorEffect="non-scaling-stroke"
                />
                {points.map((p, i) => (
                  <circle key={p.id} cx={x(i)} cy={y(p.score)} r={3.5} className="fill-accent" />
                ))}
              </svg>
              <span />
              <div className="mt-1 flex justify-between text-xs text-muted" aria-hidden="true">
                <span>{formatDate(first.endedAt)}</span>
                {points.length > 1 ? <span>{formatDate(last.endedAt)}</span> : null}
              </div>
            </div>
          </div>
          <figcaption className="mt-2 text-sm text-muted">
            Score of your last {points.length === 1 ? "quiz" : quantity(points.length, "quiz", "quizzes")}, oldest on
            the left. Latest: {formatPercent(last.score)}.
          </figcaption>
          <ol className="sr-only" aria-label="Scores of recent quizzes">
            {points.map((p) => (
              <li key={p.id}>
                {formatDate(p.endedAt)}: {formatPercent(p.score)}
              </li>
            ))}
          </ol>
        </figure>
      )}
    </Card>
  );
}
