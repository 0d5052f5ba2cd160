import type { AttemptPoint } from "@/core/progress/mastery";
import { quantity, formatDate, formatPercent } from "@/core/format";
import { panel } from "@/components/ui/styles";

const W = 300;
const H = 120;
const PAD = 8;

/** Score of each recent attempt as a small line chart; the same figures are listed for screen readers. */
export function AccuracyChart({ points }: { points: AttemptPoint[] }) {
  const x = (i: number) => (points.length === 1 ? W / 2 : PAD + (i * (W - 2 * PAD)) / (points.length - 1));
  const y = (score: number) => H - PAD - score * (H - 2 * PAD);
  const path = points.map((p, i) => `${i === 0 ? "M" : "L"}${x(i).toFixed(1)},${y(p.score).toFixed(1)}`).join(" ");
  return (
    <section aria-labelledby="accuracy-heading" className={panel}>
      <h2 id="accuracy-heading" className="text-xl font-semibold">
        Recent accuracy
      </h2>
      {points.length === 0 ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">Finish a quiz to see your scores here.</p>
      ) : (
        <figure className="mt-3">
          <svg viewBox={`0 0 ${W} ${H}`} className="h-32 w-full" aria-hidden="true" preserveAspectRatio="none">
            {[0, 0.5, 1].map((g) => (
              <line key={g} x1={0} x2={W} y1={y(g)} y2={y(g)} className="stroke-slate-200 dark:stroke-slate-700" />
            ))}
            <path d={path} fill="none" strokeWidth={2.5} className="stroke-brand-600 dark:stroke-brand-300" />
            {points.map((p, i) => (
              <circle key={p.id} cx={x(i)} cy={y(p.score)} r={3.5} className="fill-brand-600 dark:fill-brand-300" />
            ))}
          </svg>
          <figcaption className="mt-2 text-sm text-slate-700 dark:text-slate-300">
            Your last {quantity(points.length, "quiz", "quizzes")}, oldest first (0 to 100%).
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
    </section>
  );
}
