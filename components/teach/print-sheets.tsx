import type { Assignment } from "@/core/assignment/link/assignment-code";
import type { Bank } from "@/core/bank/schema";
import { prepareQuestion } from "@/core/quiz/generate";
import { describeKey } from "@/core/quiz/summary";

/** Print-only pages: the worksheet (questions as students see them) or the answer key with explanations. */
export function PrintSheet({
  bank,
  assignment,
  kind,
}: {
  bank: Bank;
  assignment: Assignment;
  kind: "worksheet" | "key";
}) {
  const byId = new Map(bank.questions.map((q) => [q.id, q]));
  const questions = assignment.questionIds.flatMap((id) => {
    const q = byId.get(id);
    return q && !q.retired ? [q] : [];
  });
  return (
    <div className="hidden text-black print:block" data-print-sheet={kind}>
      <h2 className="text-2xl font-bold">
        {assignment.title || "Assignment"}
        {kind === "key" ? ": answer key" : ""}
      </h2>
      {kind === "worksheet" ? (
        <>
          {assignment.instructions ? <p className="mt-2 whitespace-pre-line">{assignment.instructions}</p> : null}
          <p className="mt-4">Name: ________________________________</p>
        </>
      ) : null}
      <ol className="mt-4 list-decimal space-y-4 pl-6">
        {questions.map((q) => {
          const order = prepareQuestion(q, assignment.seed).order;
          return (
            <li key={q.id} className="break-inside-avoid">
              <p className="font-medium">{q.type === "true-false" ? `True or false? ${q.prompt}` : q.prompt}</p>
              {kind === "key" ? (
                <>
                  <p>
                    <strong>Answer:</strong> {describeKey(q)}
                  </p>
                  <p>{q.explanation}</p>
                </>
              ) : q.type === "single" || q.type === "multiple" ? (
                <ul className="pl-2">
                  {order.map((t) => (
                    <li key={t}>☐ {t}</li>
                  ))}
                  {q.type === "multiple" ? <li className="italic">(tick every right answer)</li> : null}
                </ul>
              ) : q.type === "match" ? (
                <div className="grid grid-cols-2 gap-2">
                  <ul>
                    {q.answer.map((p) => (
                      <li key={p.left}>{p.left} → ____</li>
                    ))}
                  </ul>
                  <ul className="list-[upper-alpha] pl-5">
                    {order.map((t) => (
                      <li key={t}>{t}</li>
                    ))}
                  </ul>
                </div>
              ) : q.type === "order" ? (
                <ul>
                  {order.map((t) => (
                    <li key={t}>____ {t}</li>
                  ))}
                </ul>
              ) : q.type === "true-false" ? (
                <p>☐ True ☐ False</p>
              ) : (
                <p>Answer: ______________________________</p>
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
