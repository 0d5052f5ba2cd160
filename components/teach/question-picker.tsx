"use client";

import {
  memo,
  startTransition,
  useCallback,
  useDeferredValue,
  useEffect,
  useId,
  useLayoutEffect,
  useMemo,
  useRef,
  useState,
} from "react";
import type { Bank, Level, Question } from "@/core/bank/schema";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES } from "@/core/bank/question-types";
import { matchingQuestions } from "@/core/quiz/pool";
import type { Difficulty } from "@/core/quiz/types";
import { normalizeAnswer } from "@/core/text/normalize";
import { useRovingFocus } from "@/components/ui/use-roving-focus";
import { input, smallButton } from "@/components/ui/styles";
import { preloadable } from "@/components/ui/preloadable";
import { usePageUsed } from "@/components/ui/use-page-used";
import { whenIdle } from "@/components/ui/use-idle";

/** Questions whose prompt, id or topic contains every word of the search, accents and case aside. */
function searchQuestions(questions: readonly Question[], text: string, topicLabel: Map<string, string>): Question[] {
  // No search, no folding: the folding's Unicode patterns cost a noticeable moment to compile on a slow phone.
  if (text.trim() === "") return [...questions];
  const words = normalizeAnswer(text).split(" ").filter(Boolean);
  if (words.length === 0) return [...questions];
  return questions.filter((q) => {
    const hay = normalizeAnswer(`${q.prompt} ${q.id} ${topicLabel.get(q.topic) ?? q.topic}`);
    return words.every((w) => hay.includes(w));
  });
}

// Only two or more chosen questions can give each other away: the check loads once the first is added.
const GiveAwayWarning = preloadable(() => import("./give-away-warning").then((m) => m.GiveAwayWarning), "");
const PickerFilters = preloadable(() => import("./picker-filters").then((m) => m.PickerFilters));

// A question's key (options, answer, explanation) is read only once a preview is opened: its code loads then.
const QuestionKey = preloadable(() => import("./question-key").then((m) => m.QuestionKey), "Loading the key…");

/** Rows rendered with the page; the rest follow in low-priority steps once the teacher uses the page. */
const FIRST_ROWS = 10;
const ROWS_PER_STEP = 30;

/**
 * How many rows of a long list to render: `first` with the page, then, once `active` is true (the teacher has started
 * using the page: the list's box shows about six rows, so the rest is below the fold until then), `step` more at a
 * time in a transition started when the browser is idle. React renders a transition in slices of a few milliseconds
 * that give way to input; one commit of the whole rest of the bank (about 120 rows, 3,000 DOM nodes) was a long task
 * of its own. Rendering the rest while the page loads cost 800 ms of Total Blocking Time in Lighthouse's mobile run.
 */
function useRowsShown(total: number, first: number, step: number, active: boolean): number {
  const [shown, setShown] = useState(first);
  const done = shown >= total;
  useEffect(() => {
    if (done || !active) return;
    return whenIdle(() => startTransition(() => setShown((n) => n + step)), 500);
  }, [active, done, shown, step]);
  return Math.min(shown, total);
}

/**
 * Searches and filters the bank, previews a question with its key, and adds questions one by one or N at random. The
 * list is one Tab stop (arrow keys move inside it), so the keyboard gets past it in one press.
 */
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
  const [search, setSearch] = useState("");
  const [topic, setTopic] = useState("");
  const [type, setType] = useState("");
  const [difficulty, setDifficulty] = useState("");
  const [level, setLevel] = useState("");
  // The filters and the random pick render (and load) once their panel is first opened; they stay after.
  const [filtersOpened, setFiltersOpened] = useState(false);
  const [note, setNote] = useState("");
  const listRef = useRef<HTMLUListElement>(null);
  useRovingFocus(listRef);
  // The list follows the search at low priority: each key press updates the box at once, and the list (up to the
  // whole bank) re-renders in slices that give way to the next key.
  const query = useDeferredValue(search);
  const topicLabel = useMemo(() => new Map(bank.topics.map((t) => [t.id, t.label])), [bank]);
  const pool = useMemo(
    () =>
      searchQuestions(
        matchingQuestions(bank, {
          topics: topic ? [topic] : [],
          types: type ? [type as (typeof QUESTION_TYPES)[number]] : [],
          difficulties: difficulty ? [Number(difficulty) as Difficulty] : [],
          levels: level ? [level as Level] : [],
        }),
        query,
        topicLabel,
      ),
    [bank, topic, type, difficulty, level, query, topicLabel],
  );
  const used = usePageUsed();
  const shown = useRowsShown(pool.length, FIRST_ROWS, ROWS_PER_STEP, used);
  const chosen = new Set(selected);
  // The rows are memoized: a toggle that never changes lets an Add re-render one row, not the whole bank.
  const latest = useRef({ selected, onChange });
  useLayoutEffect(() => {
    latest.current = { selected, onChange };
  });
  const toggle = useCallback((q: Question) => {
    const { selected: now, onChange: change } = latest.current;
    change(now.includes(q.id) ? now.filter((x) => x !== q.id) : [...now, q.id]);
  }, []);
  const anyChosen = selected.length > 0;
  useEffect(() => {
    if (anyChosen) GiveAwayWarning.preload().catch(() => undefined);
  }, [anyChosen]);
  const filters = [topic, type, difficulty, level].filter(Boolean).length;

  return (
    <section aria-labelledby={`${id}-h`} className="min-w-0 space-y-3">
      <h2 id={`${id}-h`} className="text-xl font-semibold">
        Choose questions
      </h2>
      <label className="block">
        Search the questions
        <input
          className={input}
          type="search"
          value={search}
          aria-describedby={`${id}-count`}
          onChange={(e) => setSearch(e.target.value)}
        />
      </label>
      <details
        className="rounded-md border border-slate-300 p-2 dark:border-slate-700"
        onToggle={(e) => {
          if (e.currentTarget.open) setFiltersOpened(true);
        }}
      >
        <summary className="min-h-9 cursor-pointer py-1 font-medium">
          Filters and random pick{filters ? ` (${filters} ${filters === 1 ? "filter" : "filters"} on)` : ""}
        </summary>
        {filtersOpened ? (
          <PickerFilters
            bank={bank}
            topic={topic}
            onTopic={setTopic}
            type={type}
            onType={setType}
            difficulty={difficulty}
            onDifficulty={setDifficulty}
            level={level}
            onLevel={setLevel}
            pool={pool}
            selected={selected}
            onChange={onChange}
            onNote={setNote}
          />
        ) : null}
      </details>
      <p role="status" className="text-sm">
        {note}
      </p>
      {selected.length >= 2 ? <GiveAwayWarning bank={bank} selected={selected} onChange={onChange} /> : null}
      <p id={`${id}-count`} className="text-sm text-slate-700 dark:text-slate-300">
        {pool.length} matching {pool.length === 1 ? "question" : "questions"} (retired ones are hidden). In the list,
        the arrow keys move between questions and Tab moves on.
      </p>
      <ul
        ref={listRef}
        aria-label="Questions"
        className="max-h-[28rem] divide-y divide-slate-200 overflow-y-auto rounded-md border border-slate-300 dark:divide-slate-700 dark:border-slate-700"
      >
        {pool.slice(0, shown).map((q) => (
          <QuestionRow
            key={q.id}
            question={q}
            added={chosen.has(q.id)}
            topic={topicLabel.get(q.topic) ?? q.topic}
            onToggle={toggle}
          />
        ))}
        {pool.length === 0 ? <li className="p-3">No questions match this search and these filters.</li> : null}
        {shown < pool.length ? (
          <li className="p-3 text-sm text-slate-700 dark:text-slate-300">
            {used ? "Loading" : "Scroll to see"} {pool.length - shown} more{" "}
            {pool.length - shown === 1 ? "question" : "questions"}
            {used ? "…" : "."}
          </li>
        ) : null}
      </ul>
    </section>
  );
}

/**
 * One question of the list, compact: its Add button, the prompt, a line of facts and the folded key. Memoized, so
 * typing elsewhere on the page does not re-render the whole bank. (Not content-visibility: its estimated row heights
 * made rows move while the list grew and scrolled, and a click could land beside its button.)
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
    <li className="px-2 py-2">
      <div className="flex items-start gap-2">
        <button
          type="button"
          data-roving
          tabIndex={-1}
          className={`${smallButton} w-16 shrink-0`}
          aria-pressed={added}
          aria-label={`${added ? "Remove" : "Add"} ${q.id}`}
          // The second click of a double click (detail 2) would take the question straight back out.
          onClick={(e) => e.detail < 2 && onToggle(q)}
        >
          {added ? "Added ✓" : "Add"}
        </button>
        <div className="min-w-0 flex-1 text-sm">
          <p className="break-words text-base">{q.prompt}</p>
          <p className="text-slate-700 dark:text-slate-300">
            {/* One text node rather than nine: the list renders the whole bank (a batch at a time). */}
            {`${q.id} · ${QUESTION_TYPE_LABELS[q.type]} · difficulty ${q.difficulty} · ${q.level ?? "no level"} · ${topic}`}
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
      <summary data-roving tabIndex={-1} className="cursor-pointer underline">
        Preview with key
      </summary>
      {open ? <QuestionKey question={question} /> : null}
    </details>
  );
}
