import type { StudentRow } from "@/core/assignment/gradebook/gradebook";
import type { Bank } from "@/core/bank/schema";

/** A cell's mark, its words for a screen reader, and its colours (not colour alone: the mark says it too). */
function mark(score: number, answered: boolean) {
  if (!answered) return { sign: "–", words: "blank", tone: "text-muted" };
  if (score >= 1) return { sign: "✓", words: "right", tone: "bg-correct-soft text-correct" };
  if (score > 0) return { sign: "½", words: "partly right", tone: "bg-partly-soft text-partly" };
  return { sign: "✗", words: "wrong", tone: "bg-wrong-soft text-wrong" };
}

/**
 * Every result against every question, ✓ right, ✗ wrong, ½ partly right, – blank: the class's answers at a glance
 * (Kahoot's player × question report). Wider than a phone with many questions: it scrolls sideways inside its card,
 * with the names staying in view.
 */
export function AnswerGrid({
  bank,
  questionIds,
  rows,
  title,
}: {
  bank: Bank;
  questionIds: readonly string[];
  rows: readonly StudentRow[];
  title: string;
}) {
  const prompts = new Map(bank.questions.map((q) => [q.id, q.prompt]));
  const label = `Answers by student, ${title}`;
  return (
    <div
      role="region"
      aria-label={`${label} (scrolls sideways)`}
      tabIndex={0}
      className="no-print relative max-w-full overflow-x-auto rounded-card border border-line bg-surface shadow-card focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand-600"
    >
      <table className="border-collapse text-sm">
        <caption className="sr-only">{label}</caption>
        <thead>
          <tr className="border-b border-line">
            <th scope="col" className="sticky left-0 bg-surface p-2 text-left font-semibold">
              Student
            </th>
            {questionIds.map((id, i) => (
              <th key={id} scope="col" className="min-w-10 p-2 text-center font-semibold tabular-nums">
                <abbr title={prompts.get(id) ?? id} className="no-underline">
                  Q{i + 1}
                </abbr>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const byId = new Map(r.graded.items.map((item) => [item.questionId, item]));
            return (
              <tr key={r.key} className="border-b border-line last:border-b-0">
                <th
                  scope="row"
                  className="sticky left-0 max-w-36 truncate bg-surface p-2 text-left font-medium"
                  title={r.name}
                >
                  {r.name || <em>No name given</em>}
                </th>
                {questionIds.map((id) => {
                  const item = byId.get(id);
                  const m = mark(item?.result.score ?? 0, !!item?.response);
                  return (
                    <td key={id} className="p-1 text-center">
                      <span
                        className={`inline-flex size-8 items-center justify-center rounded-control font-bold ${m.tone}`}
                      >
                        <span aria-hidden="true">{m.sign}</span>
                        <span className="sr-only">{m.words}</span>
                      </span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
