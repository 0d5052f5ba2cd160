import { MASTERY_DEFINITION, type MasteryFigure } from "@/core/progress/mastery";
import { formatPercent, percentOf } from "@/core/format";
import { ANSWERED_RULE } from "@/core/quiz/answered-rule";
import { Card } from "@/components/ui/card";

/**
 * Two-part bar: questions mastered (solid), and answered but not yet mastered (light), so the bar moves from the
 * first answers on. Its numbers are written beside it.
 */
function MasteryBar({ figure, label }: { figure: MasteryFigure; label: string }) {
  const share = (n: number) => (figure.total === 0 ? 0 : (n / figure.total) * 100);
  return (
    <div
      role="meter"
      aria-label={`${label}: mastery`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percentOf(figure.ratio)}
      aria-valuetext={`${formatPercent(figure.ratio)}, ${figure.mastered} of ${figure.total} mastered, ${figure.seen} answered`}
      className="mt-1 flex h-2.5 overflow-hidden rounded-full bg-surface-2 ring-1 ring-line ring-inset"
    >
      <div
        className="h-full bg-correct transition-[width] duration-300"
        style={{ width: `${share(figure.mastered)}%` }}
      />
      <div
        className="h-full bg-accent/35 transition-[width] duration-300"
        style={{ width: `${share(figure.seen - figure.mastered)}%` }}
      />
    </div>
  );
}

/** Overall mastery with its definition beside the number, and one bar per topic. */
export function MasteryPanel({
  overall,
  byTopic,
}: {
  overall: MasteryFigure;
  byTopic: (MasteryFigure & { id: string; label: string })[];
}) {
  return (
    <Card title="Mastery">
      <div className="flex items-baseline gap-3">
        <p className="text-display tabular-nums" data-testid="overall-mastery">
          {formatPercent(overall.ratio)}
        </p>
        <p className="text-muted">
          {overall.mastered} of {overall.total} questions mastered
        </p>
      </div>
      <p className="mt-1 text-sm text-muted">
        {MASTERY_DEFINITION} {ANSWERED_RULE}
      </p>
      <p className="mt-2 font-medium" data-testid="answered-once">
        {overall.seen === 0
          ? "Answer your first questions to fill these bars."
          : `${overall.seen} of ${overall.total} questions answered at least once: a good start.`}
      </p>
      <MasteryBar figure={overall} label="All topics" />
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-2.5 w-4 rounded-full bg-correct" /> Mastered
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-2.5 w-4 rounded-full bg-accent/35" /> Answered, not yet
          mastered
        </span>
      </p>
      <h3 className="mt-5 font-bold">By topic</h3>
      <ul className="mt-2 space-y-3">
        {byTopic.map((t) => (
          <li key={t.id}>
            <div className="flex justify-between gap-3 text-sm">
              <span>{t.label}</span>
              <span className="shrink-0 text-muted tabular-nums">
                {t.mastered} mastered · {t.seen} of {t.total} answered
              </span>
            </div>
            <MasteryBar figure={t} label={t.label} />
          </li>
        ))}
      </ul>
    </Card>
  );
}
