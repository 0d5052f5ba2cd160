import type { ItemStats, OptionCount } from "@/core/assignment/gradebook/gradebook";
import { MIN_FOR_DISCRIMINATION } from "@/core/assignment/gradebook/gradebook";
import type { Bank } from "@/core/bank/schema";
import { LEVEL_LABELS } from "@/core/bank/question-types";
import { formatNumber, formatPercent, plural } from "@/core/format";

/** One answer students gave: a bar of its share, and whether it is the key (or an accepted typed answer). */
function OptionBar({ option, n, typed }: { option: OptionCount; n: number; typed: boolean }) {
  const share = n === 0 ? 0 : option.count / n;
  return (
    <li className="grid grid-cols-[minmax(0,1fr)_auto] items-center gap-x-2 text-sm">
      <span className="break-words">
        {option.label}
        {option.isKey ? <strong> ✓ {typed ? "accepted" : "key"}</strong> : null}
      </span>
      <span className="tabular-nums">
        {option.count}
        <span className="sr-only"> {plural(option.count, "student")}</span>
      </span>
      <span className="col-span-2 h-2 rounded-sm bg-slate-100 dark:bg-slate-800" aria-hidden="true">
        <span
          className={`block h-2 rounded-sm ${option.isKey ? "bg-emerald-600 dark:bg-emerald-400" : "bg-slate-500 dark:bg-slate-400"}`}
          style={{ width: `${share * 100}%` }}
        />
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
                {s.parts.length ? <>, mean credit {formatPercent(s.meanScore)}</> : null}
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
                <ul className="mt-2 max-w-xl space-y-1" aria-label={typed ? "Answers given" : "Answers chosen"}>
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
