"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Question } from "@/core/bank/schema";
import { isBlank, primaryLabel, primaryStep } from "@/core/quiz/player";
import { scoreResponse } from "@/core/quiz/score";
import type { PreparedQuestion, QuizMode, Response } from "@/core/quiz/types";
import { Button } from "@/components/ui/button";
import { ArrowLeftIcon } from "@/components/ui/icons";
import { Kbd, KeyHints } from "@/components/ui/kbd";
import { AnswerFeedback, feedbackSheet } from "./answer-feedback";
import { ExamNavigator } from "./exam-navigator";
import { QuestionBar } from "./question-bar";
import { QuestionControls, responseForKey } from "./question-controls";
import { useQuizKeys } from "./use-quiz-keys";

export type QuizPlayerProps = {
  /** The questions in quiz order. */
  questions: Question[];
  /** Their presentation (option order etc.), matched by id. */
  prepared: PreparedQuestion[];
  mode: QuizMode;
  /** Answers given so far, by question id. */
  responses: Record<string, Response>;
  /** The question shown (0-based). */
  index: number;
  /** Question ids flagged for review. */
  flags: string[];
  /** Exam deadline (epoch ms); the quiz finishes itself when it passes. */
  deadline?: number | null;
  /** A word on the kind of quiz, shown in the bar ("retrying your mistakes"). */
  note?: string;
  onAnswer: (questionId: string, response: Response) => void;
  onMove: (index: number) => void;
  onToggleFlag: (questionId: string) => void;
  onFinish: (reason: "done" | "time") => void;
  /** The way out, at the start of the bar (the caller decides what leaving means). */
  exit?: React.ReactNode;
};

/**
 * One question per screen, for practice (feedback after each answer) or exam (feedback at the end). Controlled: the
 * caller owns responses, position and flags, so /quiz and /assignment can each save them their own way. What the
 * main button does is decided in core/quiz/player.ts.
 */
export function QuizPlayer(props: QuizPlayerProps) {
  const { questions, prepared, mode, responses, index, flags, deadline, note } = props;
  const { onAnswer, onMove, onToggleFlag, onFinish, exit } = props;
  const question = questions[index];
  const presentation = useMemo(
    () => prepared.find((p) => p.id === question?.id) ?? { id: question?.id ?? "", order: [] },
    [prepared, question],
  );
  const [drafts, setDrafts] = useState<Record<string, Response>>({});
  const [message, setMessage] = useState("");
  const [confirmFinish, setConfirmFinish] = useState(false);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const feedbackRef = useRef<HTMLHeadingElement>(null);

  const saved = question ? responses[question.id] : undefined;
  const locked = mode === "practice" && saved !== undefined;
  const value = question ? (locked ? saved : (drafts[question.id] ?? saved)) : undefined;
  const last = index === questions.length - 1;

  // A new question: move focus to its heading so screen readers announce "Question n of N".
  useEffect(() => {
    headingRef.current?.focus({ preventScroll: true });
    window.scrollTo({ top: 0 });
    // eslint-disable-next-line react-hooks/set-state-in-effect -- a message belongs to the question it was about
    setMessage("");
  }, [index]);

  const setDraft = useCallback(
    (r: Response) => {
      if (!question) return;
      setDrafts((d) => ({ ...d, [question.id]: r }));
      setMessage("");
      // An exam answer is saved as it is given, so leaving the question any way (the grid, Previous, Finish, a
      // reload) keeps it; "Save and next" only moves on. A blank one is not an answer, so it replaces nothing.
      if (mode === "exam" && !isBlank(r)) onAnswer(question.id, r);
    },
    [question, mode, onAnswer],
  );

  /** Ends the exam, asking first if questions are unanswered. `justAnswered` was saved in this same event. */
  const finish = useCallback(
    (justAnswered?: string) => {
      const remaining = questions.filter((q) => q.id !== justAnswered && responses[q.id] === undefined).length;
      if (mode === "exam" && remaining > 0 && !confirmFinish) {
        setConfirmFinish(true);
        return;
      }
      onFinish("done");
    },
    [questions, responses, mode, confirmFinish, onFinish],
  );

  const primary = useCallback(() => {
    if (!question) return;
    const step = primaryStep({ question, prepared: presentation, mode, locked, last, draft: value });
    switch (step.kind) {
      case "not-ready":
        setMessage(step.message);
        return;
      case "check":
        onAnswer(question.id, step.response);
        // Once the feedback's first frame is painted, take focus to it so its verdict is read out. Focusing before
        // that paint would lay the page out first and delay it. Nothing scrolls: the feedback opens in the bar at
        // the foot of the screen, so the question and its marked options stay where the learner was looking.
        requestAnimationFrame(() => requestAnimationFrame(() => feedbackRef.current?.focus({ preventScroll: true })));
        return;
      case "next":
        onMove(index + 1);
        return;
      case "finish":
        onFinish("done");
        return;
      case "save":
        if (step.response) onAnswer(question.id, step.response);
        if (step.then === "finish") finish(step.response ? question.id : undefined);
        else onMove(index + 1);
    }
  }, [question, presentation, mode, locked, last, value, index, onAnswer, onMove, onFinish, finish]);

  const onNumber = useCallback(
    (n: number) => {
      if (!question || locked) return false;
      const next = responseForKey(question, presentation, value, n);
      if (next) setDraft(next);
      return next !== undefined;
    },
    [question, presentation, value, locked, setDraft],
  );
  useQuizKeys({ enabled: question !== undefined, onPrimary: primary, onNumber });

  if (!question) return <p>This quiz has no questions left in the bank.</p>;
  const flagged = flags.includes(question.id);
  const result = locked ? scoreResponse(question, saved) : null;
  const hasKeys = ["single", "multiple", "true-false"].includes(question.type);

  return (
    // A reading-width column; on a phone the form fills the screen, so the main action rests at its foot.
    <div className="mx-auto max-w-2xl">
      <QuestionBar
        index={index}
        total={questions.length}
        answered={(i) => responses[questions[i]?.id ?? ""] !== undefined}
        mode={mode}
        note={note}
        deadline={deadline}
        onExpire={() => onFinish("time")}
        flagged={flagged}
        onToggleFlag={() => onToggleFlag(question.id)}
        exit={exit}
        headingRef={headingRef}
      />

      <form
        className="flex flex-col pt-4 max-sm:min-h-[calc(100dvh-3.5rem)]"
        onSubmit={(e) => {
          e.preventDefault();
          primary();
        }}
      >
        <p id={`prompt-${question.id}`} className="mb-3 text-[1.0625rem] leading-snug font-semibold sm:text-question">
          {question.prompt}
        </p>
        <QuestionControls
          key={question.id}
          question={question}
          prepared={presentation}
          value={value}
          onChange={setDraft}
          locked={locked}
        />
        <p role="alert" className="mt-2 font-semibold text-wrong empty:mt-0">
          {message}
        </p>

        {/* The main action rests at the foot of the screen (clear of the phone's home bar) and stays in reach while
            the question scrolls; after Check it becomes the feedback sheet, above the Next button. */}
        <div
          className={`sticky bottom-0 z-20 -mx-4 mt-auto px-4 sm:mx-0 sm:px-3 pt-2 pb-[max(0.5rem,env(safe-area-inset-bottom))] sm:mt-4 sm:py-3 ${
            result
              ? feedbackSheet(result)
              : "border-t border-line bg-bg/95 backdrop-blur supports-[backdrop-filter]:bg-bg/80"
          }`}
        >
          {result ? <AnswerFeedback question={question} result={result} headingRef={feedbackRef} /> : null}
          <div className={`flex items-center gap-2 ${result ? "mt-1" : ""}`}>
            {mode === "exam" ? (
              // On a phone the arrow stands for the word, so the buttons fit beside each other at 360 px.
              <Button variant="secondary" disabled={index === 0} onClick={() => onMove(index - 1)}>
                <ArrowLeftIcon className="h-5 w-5 sm:hidden" />
                <span className="sr-only sm:not-sr-only">Previous</span>
              </Button>
            ) : null}
            <Button type="submit" size="lg" className="flex-1 whitespace-nowrap sm:ml-auto sm:flex-none">
              {primaryLabel(mode, locked, last)}
            </Button>
          </div>
          <p className="sr-only" aria-live="polite">
            {flagged ? "Flagged for review: it is listed with your results." : ""}
          </p>
        </div>
      </form>

      <KeyHints className="mt-3">
        Keys:{" "}
        {hasKeys && !locked ? (
          <>
            <Kbd>1</Kbd>–<Kbd>{question.type === "true-false" ? 2 : presentation.order.length}</Kbd> choose ·{" "}
          </>
        ) : null}
        <Kbd>Enter</Kbd> {locked ? "goes on" : mode === "practice" ? "checks your answer" : "saves and moves on"}
      </KeyHints>

      {mode === "exam" ? (
        <ExamNavigator
          questions={questions}
          responses={responses}
          flags={flags}
          index={index}
          onMove={onMove}
          confirming={confirmFinish}
          onFinish={() => finish()}
          onCancel={() => setConfirmFinish(false)}
        />
      ) : null}
    </div>
  );
}
