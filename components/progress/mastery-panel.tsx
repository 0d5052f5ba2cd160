import { MASTERY_DEFINITION, type MasteryFigure } from "@/core/progress/mastery";
import { formatPercent, percentOf } from "@/core/format";
import { ANSWERED_RULE } from "@/core/quiz/score";
import { panel } from "@/components/ui/styles";

/** Overall mastery with its definition, and one bar per topic. */
export function MasteryPanel({
  overall,
  byTopic,
}: {
  overall: MasteryFigure;
  byTopic: (MasteryFigure & { id: string; label: string })[];
}) {
  return (
    <section aria-labelledby="mastery-heading" className={panel}>
      <h2 id="mastery-heading" className="text-xl font-semibold">
        Mastery
      </h2>
      <p className="mt-2 text-4xl font-bold" data-testid="overall-mastery">
        {formatPercent(overall.ratio)}
      </p>
      <p className="text-slate-700 dark:text-slate-300">
        {overall.mastered} of {overall.total} questions mastered; {overall.seen} answered at least once.
      </p>
      <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
        {MASTERY_DEFINITION} {ANSWERED_RULE}
      </p>
      <h3 className="mt-5 font-semibold">By topic</h3>
      <ul className="mt-2 space-y-3">
        {byTopic.map((t) => (
          <li key={t.id}>
            <div className="flex justify-between gap-3 text-sm">
              <span>{t.label}</span>
              <span className="shrink-0 tabular-nums">
                {t.mastered} of {t.total}
              </span>
            </div>
            <div
              role="meter"
              aria-label={`${t.label}: mastery`}
              aria-valuemin={0}
              aria-valuemax={100}
              aria-valuenow={percentOf(t.ratio)}
              aria-valuetext={`${formatPercent(t.ratio)}, ${t.mastered} of ${t.total} mastered`}
              className="mt-1 h-2.5 overflow-hidden rounded-full bg-slate-200 dark:bg-slate-700"
            >
              <div
                className="h-full rounded-full bg-brand-600 dark:bg-brand-300"
                style={{ width: formatPercent(t.ratio) }}
              />
            </div>
          </li>
        ))}
      </ul>
    </section>
  );
}
