"use client";

import { useEffect, useRef, useState } from "react";
import type { Question } from "@/core/bank/schema";
import { scoreResponse } from "@/core/quiz/score";
import type { PreparedQuestion, Response } from "@/core/quiz/types";
import { choiceMarks, matchMarks, orderMarks, type Mark } from "@/core/quiz/player";
import { Choice } from "@/components/ui/choice";
import { smallButton } from "@/components/ui/styles";
import { CheckIcon, CrossIcon } from "@/components/ui/icons";

type ControlProps = {
  question: Question;
  prepared: PreparedQuestion;
  value: Response | undefined;
  onChange: (response: Response) => void;
  /** Practice answers are final once checked. */
  locked: boolean;
};

// A pair left unmatched is an answer not given: marked like a wrong one (solid, a cross), its words say which it was.
const markInk = { correct: "text-correct", wrong: "text-wrong", missed: "text-wrong" } as const;
const markIcon = { correct: CheckIcon, wrong: CrossIcon, missed: CrossIcon } as const;

/** A mark in words with its icon, under a pair or an item once the answer is checked. */
function MarkLine({ mark }: { mark: Mark }) {
  const Icon = markIcon[mark.kind];
  return (
    <span className={`flex items-center gap-1 text-sm font-semibold ${markInk[mark.kind]}`}>
      <Icon className="h-4 w-4 shrink-0" />
      {mark.text}
    </span>
  );
}
const markRow = {
  correct: "border-correct bg-correct-soft",
  wrong: "border-wrong bg-wrong-soft",
  missed: "border-wrong bg-wrong-soft",
} as const;

/** The answer control for a question, by type; every one works with the keyboard alone. */
export function QuestionControls(props: ControlProps) {
  switch (props.question.type) {
    case "single":
    case "multiple":
    case "true-false":
      return <ChoiceControl {...props} />;
    case "typed":
      return <TypedControl {...props} />;
    case "match":
      return <MatchControl {...props} />;
    case "order":
      return <OrderControl {...props} />;
  }
}

/** The choices a question offers in display order, as [value, label] pairs (true/false included). */
export function choicesOf(question: Question, prepared: PreparedQuestion): string[] {
  if (question.type === "true-false") return ["True", "False"];
  if (question.type === "single" || question.type === "multiple") return prepared.order;
  return [];
}

/** What pressing number key `n` (0-based) does to the current response, or undefined when it does nothing. */
export function responseForKey(
  question: Question,
  prepared: PreparedQuestion,
  value: Response | undefined,
  n: number,
): Response | undefined {
  const choice = choicesOf(question, prepared)[n];
  if (choice === undefined) return undefined;
  if (question.type === "true-false") return { type: "true-false", value: choice === "True" };
  if (question.type === "single") return { type: "single", choice };
  if (question.type === "multiple") {
    const current = value?.type === "multiple" ? value.choices : [];
    const choices = current.includes(choice) ? current.filter((c) => c !== choice) : [...current, choice];
    return { type: "multiple", choices: prepared.order.filter((o) => choices.includes(o)) };
  }
  return undefined;
}

function ChoiceControl({ question, prepared, value, onChange, locked }: ControlProps) {
  const multiple = question.type === "multiple";
  const choices = choicesOf(question, prepared);
  const marks = locked ? choiceMarks(question, value) : {};
  const feedback = (choice: string) =>
    question.type === "single" || question.type === "multiple"
      ? question.options.find((o) => o.text === choice)?.feedback
      : undefined;
  const isChecked = (choice: string) =>
    value?.type === "single"
      ? value.choice === choice
      : value?.type === "multiple"
        ? value.choices.includes(choice)
        : value?.type === "true-false"
          ? value.value === (choice === "True")
          : false;
  return (
    <fieldset>
      <legend className={`mb-1.5 text-sm text-muted ${question.type === "single" ? "sr-only" : ""}`}>
        {multiple
          ? "Tick every right answer."
          : question.type === "true-false"
            ? "Is this statement true or false?"
            : "Choose one answer."}
      </legend>
      <ul className="grid gap-1.5 sm:gap-2">
        {choices.map((choice, i) => {
          const mark = marks[choice] ?? null;
          // After checking, an option's own reason is shown only where the learner went wrong: the feedback sheet
          // explains the right answer once.
          // Most reasons open with "Wrong:", which the mark beside them already says.
          const why = mark?.kind === "wrong" ? feedback(choice)?.replace(/^Wrong:\s*/, "") : undefined;
          return (
            <li key={choice}>
              <Choice
                type={multiple ? "checkbox" : "radio"}
                name={`answer-${question.id}`}
                value={choice}
                checked={isChecked(choice)}
                disabled={locked}
                keyHint={String(i + 1)}
                mark={mark}
                note={why}
                dimmed={locked && !mark}
                onChange={() => {
                  const next = responseForKey(question, prepared, value, i);
                  if (next) onChange(next);
                }}
              >
                {choice}
              </Choice>
            </li>
          );
        })}
      </ul>
    </fieldset>
  );
}

function TypedControl({ question, value, onChange, locked }: ControlProps) {
  const mark: Mark | null = locked ? choiceMarksForTyped(question, value) : null;
  return (
    <div>
      <label htmlFor={`typed-${question.id}`} className="block font-medium">
        Your answer
      </label>
      <input
        id={`typed-${question.id}`}
        type="text"
        autoComplete="off"
        // Phone keyboards would "correct" names (Belkaid) and capitalise at will: the answer is what was typed.
        autoCapitalize="off"
        autoCorrect="off"
        spellCheck={false}
        readOnly={locked}
        value={value?.type === "typed" ? value.text : ""}
        onChange={(e) => onChange({ type: "typed", text: e.target.value })}
        className={`mt-1 w-full max-w-md rounded-control border-2 bg-surface px-3 py-2.5 text-lg ${mark ? markRow[mark.kind] : "border-line-strong"}`}
      />
      {mark ? (
        <div className="mt-1">
          <MarkLine mark={mark} />
        </div>
      ) : (
        <p className="mt-1 text-sm text-muted">
          Case, accents and punctuation do not matter; one typo is forgiven in a long word, never in a number.
        </p>
      )}
    </div>
  );
}

function MatchControl({ question, prepared, value, onChange, locked }: ControlProps) {
  if (question.type !== "match") return null;
  const pairs = value?.type === "match" ? value.pairs : {};
  const marks = locked ? matchMarks(question, value) : {};
  return (
    <fieldset>
      <legend className="mb-2 text-sm text-muted">Match each item with one answer.</legend>
      {/* On wider screens the items' column is as wide as the longest item (at most half), the answers get the rest,
          and every row shares those two columns (subgrid), so long answers are not cut short beside short names. */}
      <ul className="grid gap-1.5 sm:grid-cols-[fit-content(50%)_minmax(0,1fr)] sm:gap-2">
        {question.answer.map((p, i) => (
          <li
            key={p.left}
            className={`grid gap-1 rounded-control border-2 px-2 py-1 sm:col-span-2 sm:grid-cols-subgrid sm:px-3 sm:py-2 sm:items-center sm:gap-3 ${
              marks[p.left] ? markRow[marks[p.left]!.kind] : "border-transparent bg-surface"
            }`}
          >
            <label htmlFor={`match-${question.id}-${i}`} className="font-medium leading-snug">
              {p.left}
            </label>
            <select
              id={`match-${question.id}-${i}`}
              value={pairs[p.left] ?? ""}
              disabled={locked}
              onChange={(e) => {
                const next = { ...pairs };
                if (e.target.value) next[p.left] = e.target.value;
                else delete next[p.left];
                onChange({ type: "match", pairs: next });
              }}
              className="min-h-11 w-full rounded-control border border-line-strong bg-surface px-2 py-2 text-fg"
            >
              <option value="">Choose…</option>
              {prepared.order.map((right) => (
                <option key={right} value={right}>
                  {right}
                </option>
              ))}
            </select>
            {marks[p.left] ? (
              <span className="sm:col-span-2">
                <MarkLine mark={marks[p.left]!} />
              </span>
            ) : null}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function OrderControl({ question, prepared, value, onChange, locked }: ControlProps) {
  const items = value?.type === "order" ? value.items : prepared.order;
  const [announce, setAnnounce] = useState("");
  const [focusTarget, setFocusTarget] = useState<{ item: string; dir: "up" | "down" } | null>(null);
  const listRef = useRef<HTMLOListElement>(null);

  // Moving an item re-orders the DOM, which drops focus: put it back on the moved item's button.
  useEffect(() => {
    if (!focusTarget || !listRef.current) return;
    const find = (dir: string) =>
      [...listRef.current!.querySelectorAll<HTMLButtonElement>("button[data-item]")].find(
        (b) => b.dataset.item === focusTarget.item && b.dataset.dir === dir && !b.disabled,
      );
    (find(focusTarget.dir) ?? find(focusTarget.dir === "up" ? "down" : "up"))?.focus();
  }, [focusTarget, items]);

  if (question.type !== "order") return null;
  const marks = locked ? orderMarks(question, value) : {};
  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item as string);
    onChange({ type: "order", items: next });
    setAnnounce(`“${item}” moved to position ${to + 1} of ${items.length}.`);
    setFocusTarget({ item: item as string, dir: to < from ? "up" : "down" });
  };
  const btn = smallButton;
  return (
    <div>
      <p id={`order-help-${question.id}`} className="mb-2 text-sm text-muted">
        Put the items in order, first at the top. Use the Up and Down buttons.
      </p>
      <ol ref={listRef} aria-describedby={`order-help-${question.id}`} className="grid gap-1.5 sm:gap-2">
        {items.map((item, i) => (
          <li
            key={item}
            className={`flex flex-wrap items-center gap-2 rounded-control border-2 px-2 py-1 sm:px-3 sm:py-2 ${
              marks[item] ? markRow[marks[item]!.kind] : "border-line-strong bg-surface"
            }`}
          >
            <span className="w-6 shrink-0 font-semibold tabular-nums" aria-hidden="true">
              {i + 1}.
            </span>
            <span className="flex-1" data-order-item>
              {item}
            </span>
            {locked ? null : (
              <>
                <button
                  type="button"
                  className={btn}
                  data-item={item}
                  data-dir="up"
                  disabled={i === 0}
                  aria-label={`Move “${item}” up`}
                  onClick={() => move(i, i - 1)}
                >
                  Up
                </button>
                <button
                  type="button"
                  className={btn}
                  data-item={item}
                  data-dir="down"
                  disabled={i === items.length - 1}
                  aria-label={`Move “${item}” down`}
                  onClick={() => move(i, i + 1)}
                >
                  Down
                </button>
              </>
            )}
            {marks[item] ? (
              <span className="basis-full pl-8">
                <MarkLine mark={marks[item]!} />
              </span>
            ) : null}
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
    </div>
  );
}

/** A typed answer after checking: right (or accepted) or wrong, in words. */
function choiceMarksForTyped(question: Question, value: Response | undefined): Mark {
  const result = scoreResponse(question, value);
  return result.correct
    ? { kind: "correct", text: "Your answer: right" }
    : { kind: "wrong", text: "Your answer: wrong" };
}
