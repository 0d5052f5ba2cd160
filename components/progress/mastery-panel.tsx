import { MASTERY_DEFINITION, type MasteryFigure } from "@/core/progress/mastery";
import { formatPercent, percentOf } from "@/core/format";
import { ANSWERED_RULE } from "@/core/quiz/answered-rule";
import { Card } from "@/components/ui/card";

// Answered but not yet mastered: light on a light track; in dark mode a 35% tint all but vanished into its track, so it
// is 70% there (3.6:1 against the track, WCAG 1.4.11's 3:1 for parts of a graphic).
const answeredFill = "bg-accent/35 dark:bg-accent/70";

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
      className="mt-1.5 flex h-2.5 overflow-hidden rounded-full bg-surface-2 ring-1 ring-line ring-inset"
    >
      <div
        className="h-full bg-correct transition-[width] duration-300"
        style={{ width: `${share(figure.mastered)}%` }}
      />
      <div
        className={`h-full ${answeredFill} transition-[width] duration-300`}
        style={{ width: `${share(figure.seen - figure.mastered)}%` }}
      />
    </div>
  );
}

/** What the learner has done first (questions answered), then what is mastered and what that means. */
export function MasteryPanel({ overall }: { overall: MasteryFigure }) {
  return (
    <Card title="Questions">
      <p data-testid="answered-once">
        <span className="text-display tabular-nums">
          {overall.seen} of {overall.total}
        </span>{" "}
        <span className="font-medium">questions answered</span>
      </p>
      <MasteryBar figure={overall} label="All topics" />
      <p className="mt-2 text-sm text-muted">
        {overall.mastered} of {overall.total} questions mastered (
        <span data-testid="overall-mastery">{formatPercent(overall.ratio)}</span>)
      </p>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm text-muted">
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className="inline-block h-2.5 w-4 rounded-full bg-correct" /> Mastered
        </span>
        <span className="inline-flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block h-2.5 w-4 rounded-full ${answeredFill}`} /> Answered, not
          yet mastered
        </span>
      </p>
      <details className="mt-2 text-sm text-muted">
        <summary className="cursor-pointer list-none font-medium text-accent-ink underline [&::-webkit-details-marker]:hidden">
          What counts as mastered?
        </summary>
        <p className="mt-1">
          {MASTERY_DEFINITION} {ANSWERED_RULE}
        </p>
      </details>
    </Card>
  );
}

/** One row per topic, stacked so a long name keeps the card's width on a phone: name, bar, then its counts. */
export function TopicsPanel({ byTopic }: { byTopic: (MasteryFigure & { id: string; label: string })[] }) {
  return (
    <Card title="By topic" className="md:col-start-1 md:row-span-2">
      <ul className="space-y-4">
        {byTopic.map((t) => (
          <li key={t.id}>
            <p className="text-sm font-medium">{t.label}</p>
            <MasteryBar figure={t} label={t.label} />
            <p className="mt-1 text-xs text-muted tabular-nums">
              {t.seen} of {t.total} answered · {t.mastered} mastered
            </p>
          </li>
        ))}
      </ul>
    </Card>
  );
}
