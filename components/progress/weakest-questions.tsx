import type { Bank } from "@/core/bank/schema";
import type { QuestionRecord } from "@/core/progress/mastery";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { LazyWeakestList } from "./lazy-history";

export type WeakQuestion = { id: string; record: QuestionRecord; accuracy: number };

/** The five weakest questions missed so far, and a button that starts a practice quiz of exactly those. */
export function WeakestQuestions({ bank, weakest }: { bank: Bank | null; weakest: WeakQuestion[] }) {
  return (
    <Card title="Weakest questions">
      {weakest.length === 0 || bank === null ? (
        <EmptyState title="No weak spots yet">
          Questions you get wrong will be listed here, ready to practise.
        </EmptyState>
      ) : (
        <LazyWeakestList bank={bank} weakest={weakest} />
      )}
    </Card>
  );
}
