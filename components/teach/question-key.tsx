import type { Question } from "@/core/bank/schema";
import { describeKey } from "@/core/quiz/summary";

/** The options (when there are any), the key and the explanation of one question. */
export function QuestionKey({ question }: { question: Question }) {
  return (
    <div className="mt-2 space-y-1">
      {question.type === "single" || question.type === "multiple" ? (
        <ul className="list-disc pl-5">
          {question.options.map((o) => (
            <li key={o.text}>{o.text}</li>
          ))}
        </ul>
      ) : null}
      <p>
        <strong>Key:</strong> {describeKey(question)}
      </p>
      <p>
        <strong>Why:</strong> {question.explanation}
      </p>
    </div>
  );
}
