import type { ItemStats } from "@/core/assignment/gradebook";
import { MIN_FOR_DISCRIMINATION } from "@/core/assignment/gradebook";
import type { Bank } from "@/core/bank/schema";
import { formatPercent, plural } from "@/core/format";

/** Per question: percent correct, how many chose each option, the discrimination index and a hint. */
export function ItemAnalysisView({ bank, stats, students }: { bank: Bank; stats: ItemStats[]; students: number }) {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  return (
    <div className="space-y-2">
      {students < MIN_FOR_DISCRIMINATION ? (
        <p className="text-sm">
          The discrimination index and the hints appear once {MIN_FOR_DISCRIMINATION} students have handed in.
        </p>
      ) : (
        <p className="text-sm">
          Discrimination: how much better the top 27 % of students did on a question than the bottom 27 % (from −1 to 1;
          above 0.3 is good, below 0 is a warning sign).
        </p>
      )}
      <ol className="space-y-3">
        {stats.map((s, i) => (
          <li
            key={s.questionId}
            className="rounded-md border border-slate-300 p-3 dark:border-slate-700"
            data-question={s.questionId}
          >
            <h4 className="font-semibold">
              Q{i + 1}. {byId.get(s.questionId)?.prompt ?? `${s.questionId} (not in the question bank)`}
            </h4>
            <p>
              <span data-testid="percent-correct">{formatPercent(s.pCorrect)} correct</span> ({s.n}{" "}
              {plural(s.n, "student")}
              {s.blank ? `, ${s.blank} left it blank` : ""})
              {s.discrimination !== null ? <>, discrimination {s.discrimination.toFixed(2)}</> : null}
            </p>
            {s.options.length ? (
              <ul className="mt-1 text-sm">
                {s.options.map((o) => (
                  <li key={o.label}>
                    {o.label}
                    {o.isKey ? <strong> (key)</strong> : null}: {o.count}
                  </li>
                ))}
              </ul>
            ) : null}
            {s.hint ? <p className="mt-1 font-medium text-amber-900 dark:text-amber-200">{s.hint.text}</p> : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
