import type { ItemStats, OptionCount } from "@/core/assignment/gradebook/gradebook";
import { MIN_FOR_DISCRIMINATION } from "@/core/assignment/gradebook/gradebook";
import type { Bank } from "@/core/bank/schema";
import { LEVEL_LABELS } from "@/core/bank/question-types";
import { formatNumber, formatPercent, plural } from "@/core/format";

/**
 * One answer students gave: its words, a bar of its share (green for the key or an accepted typed answer) and the
 * count with its share. On a phone the bar and count sit under the words; wider, the three share one line.
 */
function OptionBar({ option, n, typed }: { option: OptionCount; n: number; typed: boolean }) {
  const share = n === 0 ? 0 : option.count / n;
  return (
    <li className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-3 gap-y-1 text-sm sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)_auto]">
      <span className="col-span-2 break-words sm:col-span-1">
        {option.label}
        {option.isKey ? <strong className="text-correct"> ✓ {typed ? "accepted" : "key"}</strong> : null}
      </span>
      <span className="h-3 overflow-hidden rounded-full bg-surface-2 ring-1 ring-line ring-inset" aria-hidden="true">
        <span
          className={`block h-full rounded-full ${option.isKey ? "bg-correct" : "bg-neutral"}`}
          style={{ width: `${share * 100}%` }}
        />
      </span>
      <span className="min-w-[5.5rem] text-right tabular-nums">
        {option.count}
        <span className="sr-only"> {plural(option.count, "student")}</span>
        <span className="text-muted"> · {formatPercent(share)}</span>
      </span>
    </li>
  );
}

/** Per question: its level, share correct, a bar per answer with the key marked, wrong pairs or positions, and a flag. */
export function ItemAnalysisView({ bank, stats, students }: { bank: Bank; stats: ItemStats[]; students: number }) {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  return (
    <div className="min-w-0 space-y-2">
      {students < MIN_FOR_DISCRIMINATION ? (
        <p className="text-sm">
          The discrimination index and the flags (too easy, too hard, misleading) appear once {MIN_FOR_DISCRIMINATION}{" "}
          students have handed in.
        </p>
      ) : (
        <p className="text-sm">
          Discrimination: how much better the top 27% of students did on a question than the bottom 27% (from −1 to 1;
          above 0.3 is good, below 0.2 is weak, below 0 is a warning sign).
        </p>
      )}
      <ol className="space-y-3">
        {stats.map((s, i) => {
          const question = byId.get(s.questionId);
          const typed = question?.type === "typed";
          return (
            <li
              key={s.questionId}
              className="min-w-0 break-inside-avoid rounded-md border border-slate-300 p-3 dark:border-slate-700"
              data-question={s.questionId}
            >
              <h4 className="font-semibold break-words">
                Q{i + 1}. {question?.prompt ?? `${s.questionId} (not in the question bank)`}
              </h4>
              {question?.level ? (
                <p className="text-sm" data-testid="item-level">
                  Level: {LEVEL_LABELS[question.level]}
                </p>
              ) : null}
              {s.hint ? (
                <p className="mt-1 font-medium text-amber-900 dark:text-amber-200" data-testid="item-flag">
                  {s.hint.text}
                </p>
              ) : null}
              <p>
                <span data-testid="percent-correct">{formatPercent(s.pCorrect)} correct</span> ({s.n}{" "}
                {plural(s.n, "student")}
                {s.blank ? `, ${s.blank} left it blank` : ""})
                {/* With partial credit (matching, ordering, several answers), "correct" counts the fully right only. */}
                {s.parts.length || s.meanScore !== s.pCorrect ? <>, mean credit {formatPercent(s.meanScore)}</> : null}
                {s.discrimination !== null ? (
                  <>, discrimination {formatNumber(Math.round(s.discrimination * 100) / 100)}</>
                ) : null}
              </p>
              {typed || s.parts.length ? (
                <p className="text-sm break-words">
                  <strong>Key:</strong> {s.key}
                </p>
              ) : null}
              {s.options.length ? (
                <ul className="mt-3 max-w-3xl space-y-2" aria-label={typed ? "Answers given" : "Answers chosen"}>
                  {s.options.map((o) => (
                    <OptionBar key={o.label} option={o} n={s.n} typed={typed} />
                  ))}
                </ul>
              ) : null}
              {s.parts.length ? (
                <ul
                  className="mt-2 space-y-0.5 text-sm"
                  aria-label={question?.type === "match" ? "Pairs got wrong" : "Positions got wrong"}
                >
                  {s.parts.map((p) => (
                    <li key={p.label} className="break-words">
                      {p.label}: {p.wrong} of {s.n} wrong
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
