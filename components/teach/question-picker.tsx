"use client";

import { memo, useCallback, useId, useMemo, useState } from "react";
import type { Bank, Question } from "@/core/bank/schema";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES } from "@/core/bank/question-types";
import { describeKey } from "@/core/quiz/summary";
import { createRandom, shuffle } from "@/core/random";
import { input, secondaryButton, smallButton } from "@/components/ui/styles";
import { GiveAwayWarning } from "./give-away-warning";
import { compatibleAdditions } from "@/core/bank/excludes";

/** Filters the bank, previews a question with its key, and adds questions one by one or N at random. */
export function QuestionPicker({
  bank,
  selected,
  onChange,
}: {
  bank: Bank;
  selected: string[];
  onChange: (ids: string[]) => void;
}) {
  const id = useId();
  const [topic, setTopic] = useState("");
  const [type, setType] = useState("");
  const [difficulty, setDifficulty] = useState("");
  const [count, setCount] = useState(10);
  const [note, setNote] = useState("");
  const pool = useMemo(
    () =>
      bank.questions.filter(
        (q) =>
          !q.retired &&
          (!topic || q.topic === topic) &&
          (!type || q.type === type) &&
          (!difficulty || String(q.difficulty) === difficulty),
      ),
    [bank, topic, type, difficulty],
  );
  const chosen = new Set(selected);
  const toggle = useCallback(
    (q: Question) => onChange(selected.includes(q.id) ? selected.filter((x) => x !== q.id) : [...selected, q.id]),
    [selected, onChange],
  );
  const pickRandom = () => {
    const free = pool.filter((q) => !chosen.has(q.id));
    const seed = crypto.getRandomValues(new Uint32Array(1))[0] ?? 1;
    const fitting = compatibleAdditions(bank.questions, selected, shuffle(free, createRandom(seed)));
    const picked = fitting.slice(0, Math.max(0, count));
    onChange([...selected, ...picked.map((q) => q.id)]);
    setNote(
      picked.length < count
        ? `Added ${picked.length}: only ${fitting.length} matching questions were not already chosen and give no answer away.`
        : `Added ${picked.length} questions at random.`,
    );
  };
  const topicLabel = new Map(bank.topics.map((t) => [t.id, t.label]));

  return (
    <section aria-labelledby={`${id}-h`} className="space-y-3">
      <h2 id={`${id}-h`} className="text-xl font-semibold">
        Choose questions
      </h2>
      <div className="grid gap-3 sm:grid-cols-3">
        <label className="block">
          Topic
          <select className={input} value={topic} onChange={(e) => setTopic(e.target.value)}>
            <option value="">All topics</option>
            {bank.topics.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          Type
          <select className={input} value={type} onChange={(e) => setType(e.target.value)}>
            <option value="">All types</option>
            {QUESTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {QUESTION_TYPE_LABELS[t]}
              </option>
            ))}
          </select>
        </label>
        <label className="block">
          Difficulty
          <select className={input} value={difficulty} onChange={(e) => setDifficulty(e.target.value)}>
            <option value="">Any difficulty</option>
            <option value="1">1 (easy)</option>
            <option value="2">2</option>
            <option value="3">3 (hard)</option>
          </select>
        </label>
      </div>
      <div className="flex flex-wrap items-end gap-2">
        <label className="block w-28">
          How many
          <input
            className={input}
            type="number"
            min={1}
            max={50}
            value={count}
            onChange={(e) => setCount(Math.max(1, Math.min(50, Number(e.target.value) || 1)))}
          />
        </label>
        <button type="button" className={secondaryButton} onClick={pickRandom} disabled={pool.length === 0}>
          Pick {count} at random
        </button>
        <p role="status" className="text-sm">
          {note}
        </p>
      </div>
      <GiveAwayWarning bank={bank} selected={selected} onChange={onChange} />
      <p className="text-sm text-slate-700 dark:text-slate-300">
        {pool.length} matching questions (retired ones are hidden).
      </p>
      <ul className="max-h-[28rem] divide-y divide-slate-200 overflow-y-auto rounded-md border border-slate-300 dark:divide-slate-700 dark:border-slate-700">
        {pool.map((q) => (
          <QuestionRow
            key={q.id}
            question={q}
            added={chosen.has(q.id)}
            topic={topicLabel.get(q.topic) ?? q.topic}
            onToggle={toggle}
          />
        ))}
        {pool.length === 0 ? <li className="p-3">No questions match these filters.</li> : null}
      </ul>
    </section>
  );
}

/**
 * One question of the list. Memoized, so typing elsewhere on the page does not re-render the whole bank; and skipped
 * by layout and paint while scrolled out of the list's box (content-visibility).
 */
const QuestionRow = memo(function QuestionRow({
  question: q,
  added,
  topic,
  onToggle,
}: {
  question: Question;
  added: boolean;
  topic: string;
  onToggle: (q: Question) => void;
}) {
  return (
    <li className="p-3 [contain-intrinsic-size:auto_7rem] [content-visibility:auto]">
      <div className="flex items-start gap-3">
        <button
          type="button"
          className={smallButton}
          aria-pressed={added}
          aria-label={`${added ? "Remove" : "Add"} ${q.id}`}
          onClick={() => onToggle(q)}
        >
          {added ? "Added ✓" : "Add"}
        </button>
        <div className="min-w-0 flex-1">
          <p>{q.prompt}</p>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            {/* One text node rather than nine: the list renders the whole bank. */}
            {`${q.id} · ${QUESTION_TYPE_LABELS[q.type]} · difficulty ${q.difficulty} · ${topic}`}
          </p>
          <KeyPreview question={q} />
        </div>
      </div>
    </li>
  );
});

/**
 * "Preview with key", folded. Its contents are rendered only once opened: the list shows the whole bank, and
 * rendering every key up front made this page slow to become usable on phones.
 */
function KeyPreview({ question }: { question: Question }) {
  const [open, setOpen] = useState(false);
  return (
    <details className="mt-1 text-sm" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary className="cursor-pointer underline">Preview with key</summary>
      {open ? <QuestionKey question={question} /> : null}
    </details>
  );
}

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
