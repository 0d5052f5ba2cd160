import { SCORE_BANDS, type ClassSummary as Summary } from "@/core/assignment/gradebook/gradebook";
import { formatDuration, formatPercent, quantity } from "@/core/format";
import { Stat } from "@/components/ui/stat";
import { toneFill } from "@/components/ui/progress-bar";
import { BAND_TONES } from "./score-pill";

/** The class at a glance: how many handed in, average and median score, the spread of scores, the median time. */
export function ClassSummary({ summary }: { summary: Summary }) {
  const most = Math.max(1, ...summary.bands);
  const stats = [
    ["Handed in", quantity(summary.handedIn, "student")],
    ["Class average", formatPercent(summary.mean / 100)],
    ["Median score", formatPercent(summary.median / 100)],
    ["Median time", formatDuration(summary.medianDurationMs)],
  ] as const;
  return (
    <div className="grid min-w-0 gap-4 sm:grid-cols-2" data-testid="class-summary">
      <dl className="grid grid-cols-2 gap-2">
        {stats.map(([label, value]) => (
          <Stat key={label} label={label} value={value} />
        ))}
      </dl>
      <figure className="min-w-0">
        <figcaption className="text-sm text-slate-700 dark:text-slate-300">Scores (students per band)</figcaption>
        <ul className="mt-1 space-y-1">
          {SCORE_BANDS.map((band, i) => {
            const n = summary.bands[i] ?? 0;
            return (
              <li key={band} className="flex items-center gap-2 text-sm">
                <span className="w-20 shrink-0 tabular-nums">{band}</span>
                <span className="h-3 min-w-0 flex-1 rounded-sm bg-slate-100 dark:bg-slate-800" aria-hidden="true">
                  <span
                    className={`block h-3 rounded-sm ${toneFill[BAND_TONES[i] ?? "accent"]}`}
                    style={{ width: `${(n / most) * 100}%` }}
                  />
                </span>
                <span className="w-8 shrink-0 text-right tabular-nums">{n}</span>
              </li>
            );
          })}
        </ul>
      </figure>
    </div>
  );
}
