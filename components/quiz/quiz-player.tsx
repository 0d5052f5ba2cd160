"use client";

import { primaryButton as primaryBtn, secondaryButton as secondaryBtn } from "@/components/ui/styles";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { Question } from "@/core/bank/schema";
import { scoreResponse } from "@/core/quiz/score";
import type { PreparedQuestion, QuizMode, Response } from "@/core/quiz/types";
import { AnswerFeedback } from "./answer-feedback";
import { ExamTimer } from "./exam-timer";
import { QuestionControls, responseForKey } from "./question-controls";
import { quantity, plural } from "@/core/format";

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
  onAnswer: (questionId: string, response: Response) => void;
  onMove: (index: number) => void;
  onToggleFlag: (questionId: string) => void;
  onFinish: (reason: "done" | "time") => void;
};

const isTextEntry = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.tagName === "TEXTAREA" ||
    el.tagName === "SELECT" ||
    el.isContentEditable ||
    (el.tagName === "INPUT" && !["radio", "checkbox"].includes((el as HTMLInputElement).type)));

/**
 * One question per screen, for practice (feedback after each answer) or exam (feedback at the end). Controlled: the
 * caller owns responses, position and flags, so /quiz and /assignment can each save them their own way.
 */
export function QuizPlayer(props: QuizPlayerProps) {
  const { questions, prepared, mode, responses, index, flags, deadline, onAnswer, onMove, onToggleFlag, onFinish } =
    props;
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
  const unanswered = questions.filter((q) => responses[q.id] === undefined).length;

  // A new question: move focus to its heading so screen readers announce "Question n of N".
  useEffect(() => {
    headingRef.current?.focus();
  }, [index]);

  const setDraft = useCallback(
    (r: Response) => {
      if (!question) return;
      setDrafts((d) => ({ ...d, [question.id]: r }));
      setMessage("");
    },
    [question],
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

  /** Enter / the main button: check (practice), save and move on (exam), or go on after feedback. */
  const primary = useCallback(() => {
    if (!question) return;
    if (locked) {
      if (last) onFinish("done");
      else onMove(index + 1);
      return;
    }
    // An ordering question starts in a valid (if wrong) arrangement, so it can be submitted untouched.
    const untouched: Response | undefined =
      question.type === "order" ? { type: "order", items: presentation.order } : undefined;
    const draft = drafts[question.id] ?? saved ?? untouched;
    const empty = !draft || (draft.type === "typed" && draft.text.trim() === "");
    if (mode === "practice") {
      if (empty) {
        setMessage("Choose or type an answer first.");
        return;
      }
      onAnswer(question.id, draft);
      // Let the feedback render, then take focus to it so its verdict is read out.
      requestAnimationFrame(() => feedbackRef.current?.focus());
      return;
    }
    if (!empty) onAnswer(question.id, draft);
    if (last) finish(empty ? undefined : question.id);
    else onMove(index + 1);
  }, [question, presentation, locked, last, drafts, saved, mode, index, onAnswer, onMove, onFinish, finish]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || !question) return;
      const target = e.target as HTMLElement | null;
      if (e.key === "Enter") {
        // Buttons, links and text fields keep their own Enter.
        if (isTextEntry(target) || target?.closest("button, a, summary")) return;
        e.preventDefault();
        primary();
        return;
      }
      if (/^[1-6]$/.test(e.key) && !isTextEntry(target) && !locked) {
        const next = responseForKey(question, presentation, value, Number(e.key) - 1);
        if (next) {
          e.preventDefault();
          setDraft(next);
        }
      }
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [question, presentation, value, locked, primary, setDraft]);

  if (!question) return <p>This quiz has no questions left in the bank.</p>;
  const flagged = flags.includes(question.id);
  const result = locked ? scoreResponse(question, saved) : null;
  const hasKeys = ["single", "multiple", "true-false"].includes(question.type);

  return (
    <div>
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 ref={headingRef} tabIndex={-1} className="text-lg font-semibold focus:outline-none">
          Question {index + 1} of {questions.length}
        </h2>
        {deadline ? <ExamTimer deadline={deadline} onExpire={() => onFinish("time")} /> : null}
      </div>
      <div
        role="progressbar"
        aria-label="Quiz progress"
        aria-valuemin={0}
        aria-valuemax={questions.length}
        aria-valuenow={index + 1}
        aria-valuetext={`Question ${index + 1} of ${questions.length}`}
        className="mt-2 h-2 w-full overflow-hidden rounded-full bg-slate-200 dark:bg-slate-800"
      >
        <div
          className="h-full rounded-full bg-brand-600 dark:bg-brand-300"
          style={{ width: `${((index + 1) / questions.length) * 100}%` }}
        />
      </div>

      <form
        className="mt-6"
        onSubmit={(e) => {
          e.preventDefault();
          primary();
        }}
      >
        <p id={`prompt-${question.id}`} className="mb-4 text-xl font-medium">
          {question.prompt}
        </p>
        {question.type === "true-false" ? (
          <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">Is this statement true or false?</p>
        ) : null}
        <QuestionControls
          key={question.id}
          question={question}
          prepared={presentation}
          value={value}
          onChange={setDraft}
          locked={locked}
        />
        <p role="alert" className="mt-2 min-h-6 font-medium text-red-700 dark:text-red-300">
          {message}
        </p>

        {result ? (
          <AnswerFeedback question={question} response={saved} result={result} headingRef={feedbackRef} />
        ) : null}

        <div className="mt-6 flex flex-wrap items-center gap-3">
          {mode === "exam" ? (
            <button type="button" className={secondaryBtn} disabled={index === 0} onClick={() => onMove(index - 1)}>
              Previous
            </button>
          ) : null}
          <button type="submit" className={primaryBtn}>
            {locked
              ? last
                ? "See results"
                : "Next question"
              : mode === "practice"
                ? "Check answer"
                : last
                  ? "Save and finish"
                  : "Save and next"}
          </button>
          <button
            type="button"
            className={secondaryBtn}
            aria-pressed={flagged}
            onClick={() => onToggleFlag(question.id)}
          >
            {flagged ? "Flagged for review" : "Flag for review"}
          </button>
        </div>
      </form>

      <p className="mt-4 text-sm text-slate-700 dark:text-slate-300">
        Keys: {hasKeys ? "1 to 6 choose an option · " : ""}Enter{" "}
        {mode === "practice" ? "checks your answer, then moves on" : "saves and moves on"}
      </p>

      {mode === "exam" ? (
        <ExamNavigator
          questions={questions}
          responses={responses}
          flags={flags}
          index={index}
          onMove={onMove}
          unanswered={unanswered}
          confirming={confirmFinish}
          onFinish={() => finish()}
          onCancel={() => setConfirmFinish(false)}
        />
      ) : null}
    </div>
  );
}

function ExamNavigator({
  questions,
  responses,
  flags,
  index,
  onMove,
  unanswered,
  confirming,
  onFinish,
  onCancel,
}: {
  questions: Question[];
  responses: Record<string, Response>;
  flags: string[];
  index: number;
  onMove: (i: number) => void;
  unanswered: number;
  confirming: boolean;
  onFinish: () => void;
  onCancel: () => void;
}) {
  return (
    <nav aria-label="Questions" className="mt-8 border-t border-slate-200 pt-4 dark:border-slate-800">
      <h3 className="font-semibold">All questions</h3>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {questions.length - unanswered} answered, {unanswered} to go, {flags.length} flagged.
      </p>
      <ol className="mt-2 flex flex-wrap gap-2">
        {questions.map((q, i) => {
          const answered = responses[q.id] !== undefined;
          const flagged = flags.includes(q.id);
          return (
            <li key={q.id}>
              <button
                type="button"
                onClick={() => onMove(i)}
                aria-current={i === index ? "step" : undefined}
                aria-label={`Question ${i + 1}${answered ? ", answered" : ", not answered"}${flagged ? ", flagged" : ""}`}
                className={`h-10 min-w-10 rounded-md border px-2 font-semibold ${
                  i === index ? "ring-2 ring-brand-600 dark:ring-brand-300" : ""
                } ${
                  answered
                    ? "border-brand-600 bg-brand-50 text-brand-700 dark:border-brand-300 dark:bg-slate-800 dark:text-brand-300"
                    : "border-slate-400 dark:border-slate-500"
                }`}
              >
                {i + 1}
                {flagged ? <span aria-hidden="true"> ⚑</span> : null}
              </button>
            </li>
          );
        })}
      </ol>
      <div className="mt-4">
        {confirming ? (
          <div role="alertdialog" aria-labelledby="finish-confirm" className="rounded-lg border border-amber-700 p-3">
            <p id="finish-confirm" className="font-medium">
              {quantity(unanswered, "question")} {plural(unanswered, "is", "are")} not answered yet. Finish the exam
              anyway?
            </p>
            <div className="mt-2 flex gap-3">
              <button type="button" className={primaryBtn} onClick={onFinish} autoFocus>
                Finish anyway
              </button>
              <button type="button" className={secondaryBtn} onClick={onCancel}>
                Keep going
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className={secondaryBtn} onClick={onFinish}>
            Finish exam
          </button>
        )}
      </div>
    </nav>
  );
}
