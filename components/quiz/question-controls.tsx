"use client";

import { useEffect, useRef, useState } from "react";
import type { Question } from "@/core/bank/schema";
import type { PreparedQuestion, Response } from "@/core/quiz/types";

type ControlProps = {
  question: Question;
  prepared: PreparedQuestion;
  value: Response | undefined;
  onChange: (response: Response) => void;
  /** Practice answers are final once checked. */
  locked: boolean;
};

const choiceRow =
  "flex cursor-pointer items-start gap-3 rounded-lg border border-slate-300 px-3 py-2.5 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50 dark:border-slate-600 dark:has-[:checked]:border-brand-300 dark:has-[:checked]:bg-slate-800 has-[:disabled]:cursor-default";
const keyHint =
  "inline-flex h-6 min-w-6 shrink-0 items-center justify-center rounded border border-slate-400 text-xs font-semibold text-slate-700 dark:border-slate-500 dark:text-slate-300";

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
      <legend className="sr-only">{multiple ? "Choose every right answer" : "Choose one answer"}</legend>
      {multiple ? <p className="mb-2 text-sm text-slate-700 dark:text-slate-300">Tick every right answer.</p> : null}
      <ul className="grid gap-2">
        {choices.map((choice, i) => (
          <li key={choice}>
            <label className={choiceRow}>
              <input
                type={multiple ? "checkbox" : "radio"}
                name={`answer-${question.id}`}
                value={choice}
                checked={isChecked(choice)}
                disabled={locked}
                onChange={() => {
                  const next = responseForKey(question, prepared, value, i);
                  if (next) onChange(next);
                }}
                className="mt-1 h-4 w-4 shrink-0 accent-brand-600"
              />
              <span className="flex-1">{choice}</span>
              <span className={keyHint} aria-hidden="true">
                {i + 1}
              </span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

function TypedControl({ question, value, onChange, locked }: ControlProps) {
  return (
    <div>
      <label htmlFor={`typed-${question.id}`} className="block font-medium">
        Your answer
      </label>
      <input
        id={`typed-${question.id}`}
        type="text"
        autoComplete="off"
        spellCheck={false}
        readOnly={locked}
        value={value?.type === "typed" ? value.text : ""}
        onChange={(e) => onChange({ type: "typed", text: e.target.value })}
        className="mt-1 w-full max-w-md rounded-md border border-slate-400 bg-white px-3 py-2 dark:border-slate-500 dark:bg-slate-900"
      />
      <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
        Case, accents and punctuation do not matter; one typo is forgiven in a long word, never in a number.
      </p>
    </div>
  );
}

function MatchControl({ question, prepared, value, onChange, locked }: ControlProps) {
  if (question.type !== "match") return null;
  const pairs = value?.type === "match" ? value.pairs : {};
  return (
    <fieldset>
      <legend className="mb-2 text-sm text-slate-700 dark:text-slate-300">
        Match each item on the left with one on the right.
      </legend>
      <ul className="grid gap-3">
        {question.answer.map((p, i) => (
          <li key={p.left} className="grid gap-1 sm:grid-cols-2 sm:items-center sm:gap-3">
            <label htmlFor={`match-${question.id}-${i}`} className="font-medium">
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
              className="w-full rounded-md border border-slate-400 bg-white px-2 py-2 dark:border-slate-500 dark:bg-slate-900"
            >
              <option value="">Choose…</option>
              {prepared.order.map((right) => (
                <option key={right} value={right}>
                  {right}
                </option>
              ))}
            </select>
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
  const move = (from: number, to: number) => {
    if (to < 0 || to >= items.length) return;
    const next = [...items];
    const [item] = next.splice(from, 1);
    next.splice(to, 0, item as string);
    onChange({ type: "order", items: next });
    setAnnounce(`“${item}” moved to position ${to + 1} of ${items.length}.`);
    setFocusTarget({ item: item as string, dir: to < from ? "up" : "down" });
  };
  const btn =
    "rounded-md border border-slate-400 px-2 py-1 text-sm font-medium hover:bg-slate-100 disabled:opacity-40 dark:border-slate-500 dark:hover:bg-slate-800";
  return (
    <div>
      <p id={`order-help-${question.id}`} className="mb-2 text-sm text-slate-700 dark:text-slate-300">
        Put the items in order, first at the top. Use the Up and Down buttons.
      </p>
      <ol ref={listRef} aria-describedby={`order-help-${question.id}`} className="grid gap-2">
        {items.map((item, i) => (
          <li
            key={item}
            className="flex items-center gap-2 rounded-lg border border-slate-300 px-3 py-2 dark:border-slate-600"
          >
            <span className="w-6 shrink-0 font-semibold tabular-nums" aria-hidden="true">
              {i + 1}.
            </span>
            <span className="flex-1">{item}</span>
            <button
              type="button"
              className={btn}
              data-item={item}
              data-dir="up"
              disabled={locked || i === 0}
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
              disabled={locked || i === items.length - 1}
              aria-label={`Move “${item}” down`}
              onClick={() => move(i, i + 1)}
            >
              Down
            </button>
          </li>
        ))}
      </ol>
      <p aria-live="polite" className="sr-only">
        {announce}
      </p>
    </div>
  );
}
