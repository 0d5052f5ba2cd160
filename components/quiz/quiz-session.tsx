"use client";

import { useMemo } from "react";
import type { Bank } from "@/core/bank/schema";
import { prepareQuestions } from "@/core/quiz/generate";
import { FocusExit } from "@/components/ui/focus-bar";
import { Notice } from "@/components/ui/notice";
import { answerQuestion, finishQuiz, moveTo, toggleFlag } from "@/stores/quiz-actions";
import { discardQuiz, type OpenAttempt } from "@/stores/quiz-store";
import { QuizPlayer } from "./quiz-player";

/** The quiz in progress on /quiz: the player wired to the quiz store's actions; its ✕ discards the quiz, asking first. */
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
        exit={
          <FocusExit
            label="Discard this quiz"
            onExit={discardQuiz}
            confirm={{
              question: "Discard this quiz?",
              detail: "Your answers in it will not be kept.",
              leave: "Discard quiz",
              stay: "Keep going",
            }}
          />
        }
      />
    </div>
  );
}
