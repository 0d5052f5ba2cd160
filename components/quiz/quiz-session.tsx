"use client";

import { useMemo, useState } from "react";
import type { Bank } from "@/core/bank/schema";
import { prepareQuestions } from "@/core/quiz/generate";
import { Button } from "@/components/ui/button";
import { Notice } from "@/components/ui/notice";
import { answerQuestion, finishQuiz, moveTo, toggleFlag } from "@/stores/quiz-actions";
import { discardQuiz, type OpenAttempt } from "@/stores/quiz-store";
import { QuizPlayer } from "./quiz-player";

/** The quiz in progress on /quiz: the player wired to the quiz store's actions, and a way to discard the quiz. */
export function QuizSession({
  bank,
  attempt,
  linkPending,
  onFinished,
}: {
  bank: Bank;
  attempt: OpenAttempt;
  linkPending: boolean;
  onFinished: (id: string) => void;
}) {
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const byId = useMemo(() => new Map(bank.questions.map((q) => [q.id, q])), [bank]);
  const questions = useMemo(() => attempt.questionIds.flatMap((id) => byId.get(id) ?? []), [attempt.questionIds, byId]);
  const prepared = useMemo(
    () => prepareQuestions(bank, attempt.questionIds, attempt.seed),
    [bank, attempt.questionIds, attempt.seed],
  );
  const index = Math.min(attempt.index, Math.max(0, questions.length - 1));

  return (
    <div>
      {linkPending ? (
        <Notice tone="warn" role="status" className="mt-4">
          You opened a quiz link, but you have a quiz in progress. Finish or discard it to start the linked quiz.
        </Notice>
      ) : null}
      <QuizPlayer
        questions={questions}
        prepared={prepared}
        mode={attempt.settings.mode}
        responses={attempt.responses}
        index={index}
        flags={attempt.flags}
        deadline={attempt.deadline}
        note={attempt.kind === "retry" ? "your mistakes" : undefined}
        onAnswer={(id, response) => {
          const q = byId.get(id);
          if (q) answerQuestion(q, response, Date.now());
        }}
        onMove={(i) => moveTo(i, Date.now())}
        onToggleFlag={(id) => toggleFlag(id, Date.now())}
        onFinish={() => {
          const id = finishQuiz(bank, Date.now());
          if (id) onFinished(id);
        }}
      />
      <div className="mt-8 border-t border-line pt-4">
        {confirmDiscard ? (
          <Notice tone="error" role="alertdialog" aria-labelledby="discard-confirm">
            <p id="discard-confirm">Discard this quiz? Your answers in it will not be kept.</p>
            <div className="mt-2 flex flex-wrap gap-3">
              <Button variant="danger" autoFocus onClick={discardQuiz}>
                Discard quiz
              </Button>
              <Button variant="secondary" onClick={() => setConfirmDiscard(false)}>
                Keep it
              </Button>
            </div>
          </Notice>
        ) : (
          <p className="flex flex-wrap items-center gap-x-3 text-sm text-muted">
            Your answers are saved as you go.
            <button
              type="button"
              onClick={() => setConfirmDiscard(true)}
              className="min-h-11 font-semibold text-fg underline underline-offset-2"
            >
              Discard this quiz
            </button>
          </p>
        )}
      </div>
    </div>
  );
}
