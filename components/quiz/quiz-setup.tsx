"use client";

import { primaryButton as primaryBtn, secondaryButton as secondaryBtn } from "@/components/ui/styles";
import { QUESTION_TYPE_LABELS } from "@/core/bank/question-types";
import { useMemo, useState } from "react";
import type { Bank, QuestionType } from "@/core/bank/schema";
import { quizCapacity } from "@/core/quiz/generate";
import { encodeQuizLink, questionCountFrom, timeLimitFrom, type DecodedQuizLink } from "@/core/quiz/link";
import { DEFAULT_QUIZ_SETTINGS, MAX_QUESTIONS, MAX_TIME_LIMIT_MIN, MIN_QUESTIONS } from "@/core/quiz/settings";
import { quantity } from "@/core/format";
import { freshSeed } from "@/lib/random";
import {
  QUIZ_QUESTION_TYPES as QUESTION_TYPES,
  type Difficulty,
  type QuizMode,
  type QuizSettings,
} from "@/core/quiz/types";

const DIFFICULTY_LABELS: Record<Difficulty, string> = { 1: "Easy", 2: "Medium", 3: "Hard" };

/** A fresh 32-bit quiz seed. */
export const randomSeed = freshSeed;

const box = "rounded-lg border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900";

/** All selected means "no filter" (an empty list), so new topics or types are included automatically. */
const asFilter = <T,>(selected: T[], all: readonly T[]): T[] => (selected.length === all.length ? [] : selected);

function CheckboxGroup<T extends string | number>({
  legend,
  all,
  selected,
  label,
  onChange,
}: {
  legend: string;
  all: readonly T[];
  selected: T[];
  label: (v: T) => string;
  onChange: (next: T[]) => void;
}) {
  return (
    <fieldset className={box}>
      <legend className="px-1 font-semibold">{legend}</legend>
      <ul className="grid gap-1 sm:grid-cols-2">
        {all.map((v) => (
          <li key={v}>
            <label className="flex items-center gap-2 py-1">
              <input
                type="checkbox"
                className="h-4 w-4 accent-brand-600"
                checked={selected.includes(v)}
                onChange={(e) =>
                  onChange(
                    e.target.checked
                      ? all.filter((x) => x === v || selected.includes(x))
                      : selected.filter((x) => x !== v),
                  )
                }
              />
              {label(v)}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The quiz setup: a one-click practice quiz, the settings form, and a link that gives anyone the same quiz. */
export function QuizSetup({
  bank,
  link,
  onStart,
}: {
  bank: Bank;
  /** Settings read from the page address, if it was a quiz link. */
  link: DecodedQuizLink | null;
  /** Starts a quiz; returns an error message to show, or null when it started. */
  onStart: (settings: QuizSettings, seed: number, kind: "quiz" | "link") => string | null;
}) {
  const topicIds = useMemo(() => bank.topics.map((t) => t.id), [bank]);
  const initial = link?.settings ?? DEFAULT_QUIZ_SETTINGS;
  const [count, setCount] = useState(String(initial.count));
  const [mode, setMode] = useState<QuizMode>(initial.mode);
  const [time, setTime] = useState(initial.timeLimitMin ? String(initial.timeLimitMin) : "");
  const [topics, setTopics] = useState<string[]>(initial.topics.length ? initial.topics : topicIds);
  const [difficulties, setDifficulties] = useState<Difficulty[]>(
    initial.difficulties.length ? initial.difficulties : [1, 2, 3],
  );
  const [types, setTypes] = useState<QuestionType[]>(initial.types.length ? initial.types : [...QUESTION_TYPES]);
  const [adaptive, setAdaptive] = useState(link ? false : DEFAULT_QUIZ_SETTINGS.adaptive);
  const [seed, setSeed] = useState(() => link?.seed ?? randomSeed());
  const [fromLink, setFromLink] = useState(link !== null && link.seed !== null);
  const [error, setError] = useState<string | null>(null);
  const [copied, setCopied] = useState("");

  const n = Number(count);
  const countOk = questionCountFrom(count) !== null;
  const timeN = timeLimitFrom(time);
  const timeOk = time === "" || timeN !== null;
  const settings: QuizSettings = {
    count: countOk ? n : DEFAULT_QUIZ_SETTINGS.count,
    topics: asFilter(topics, topicIds),
    difficulties: asFilter(difficulties, [1, 2, 3] as Difficulty[]),
    types: asFilter(types, QUESTION_TYPES),
    mode,
    timeLimitMin: mode === "exam" ? timeN : null,
    // A quiz that follows a link must give the sender's questions, so it ignores this learner's history.
    adaptive: mode === "practice" && adaptive && !fromLink,
  };
  const available = quizCapacity(bank, settings);
  const emptyFilter = topics.length === 0 || difficulties.length === 0 || types.length === 0;
  const linkText =
    typeof window === "undefined" ? "" : `${window.location.origin}/quiz/?${encodeQuizLink(settings, seed)}`;

  const start = (s: QuizSettings, sd: number, kind: "quiz" | "link") => setError(onStart(s, sd, kind));

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!countOk) return setError(`Choose between ${MIN_QUESTIONS} and ${MAX_QUESTIONS} questions.`);
    if (!timeOk) return setError(`The time limit must be 1 to ${MAX_TIME_LIMIT_MIN} minutes, or empty for none.`);
    if (emptyFilter) return setError("Choose at least one topic, one difficulty and one question type.");
    if (available < n)
      return setError(
        `Only ${quantity(available, "question")} match these settings without giving each other’s answers away. Ask for ${available} or fewer, or widen the topics, difficulties or types.`,
      );
    start(settings, seed, fromLink ? "link" : "quiz");
  };

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(linkText);
      setCopied("Link copied. Anyone who opens it gets these same questions.");
    } catch {
      setCopied("Copying is blocked here: select the link above and copy it yourself.");
    }
  };

  return (
    <div className="grid gap-8">
      {link && link.problems.length > 0 ? (
        <div
          role="status"
          className="rounded-lg border border-amber-700 bg-amber-50 p-3 dark:border-amber-500 dark:bg-amber-950"
        >
          <p className="font-semibold">Part of this quiz link could not be used, so defaults were filled in:</p>
          <ul className="mt-1 list-disc pl-5">
            {link.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {fromLink ? (
        <p
          role="status"
          className="rounded-lg border border-brand-600 bg-brand-50 p-3 dark:border-brand-300 dark:bg-slate-900"
        >
          You opened a quiz link: starting below gives you the same questions as the person who shared it.
        </p>
      ) : (
        <section aria-labelledby="quick-start">
          <h2 id="quick-start" className="sr-only">
            Quick start
          </h2>
          <button
            type="button"
            className={`${primaryBtn} text-lg`}
            onClick={() => start({ ...DEFAULT_QUIZ_SETTINGS }, randomSeed(), "quiz")}
          >
            Start a 10-question practice quiz
          </button>
          <p className="mt-2 text-slate-700 dark:text-slate-300">
            Mixed topics, feedback after each answer, questions you have not seen or missed first.
          </p>
        </section>
      )}

      <form onSubmit={submit} noValidate aria-labelledby="custom-quiz" className="grid gap-4">
        <h2 id="custom-quiz" className="text-xl font-semibold">
          {fromLink ? "The shared quiz" : "Or set up your own"}
        </h2>
        <div className="grid gap-4 sm:grid-cols-2">
          <div className={box}>
            <label htmlFor="quiz-count" className="block font-semibold">
              Number of questions
            </label>
            <input
              id="quiz-count"
              type="number"
              inputMode="numeric"
              min={MIN_QUESTIONS}
              max={MAX_QUESTIONS}
              value={count}
              aria-describedby="quiz-available"
              onChange={(e) => setCount(e.target.value)}
              className="mt-1 w-24 rounded-md border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-950"
            />
            <p id="quiz-available" aria-live="polite" className="mt-1 text-sm text-slate-700 dark:text-slate-300">
              {MIN_QUESTIONS} to {MAX_QUESTIONS}; {quantity(available, "question")} match your choices without giving
              each other’s answers away.
            </p>
          </div>
          <fieldset className={box}>
            <legend className="px-1 font-semibold">Mode</legend>
            {(
              [
                ["practice", "Practice", "feedback after each answer"],
                ["exam", "Exam", "no feedback until the end; optional time limit"],
              ] as const
            ).map(([value, label, hint]) => (
              <label key={value} className="flex items-start gap-2 py-1">
                <input
                  type="radio"
                  name="quiz-mode"
                  value={value}
                  checked={mode === value}
                  onChange={() => setMode(value)}
                  className="mt-1 h-4 w-4 accent-brand-600"
                />
                <span>
                  <span className="font-medium">{label}</span>: {hint}
                </span>
              </label>
            ))}
            {mode === "exam" ? (
              <div className="mt-2">
                <label htmlFor="quiz-time" className="block font-medium">
                  Time limit in minutes (empty for none)
                </label>
                <input
                  id="quiz-time"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={MAX_TIME_LIMIT_MIN}
                  value={time}
                  onChange={(e) => setTime(e.target.value)}
                  className="mt-1 w-24 rounded-md border border-slate-400 bg-white px-2 py-1 dark:border-slate-500 dark:bg-slate-950"
                />
              </div>
            ) : fromLink ? null : (
              <label className="mt-2 flex items-start gap-2">
                <input
                  type="checkbox"
                  checked={adaptive}
                  onChange={(e) => setAdaptive(e.target.checked)}
                  className="mt-1 h-4 w-4 accent-brand-600"
                />
                <span>Focus on questions I have not seen or got wrong</span>
              </label>
            )}
          </fieldset>
        </div>
        <CheckboxGroup
          legend="Topics"
          all={topicIds}
          selected={topics}
          label={(id) => bank.topics.find((t) => t.id === id)?.label ?? id}
          onChange={setTopics}
        />
        <div className="grid gap-4 sm:grid-cols-2">
          <CheckboxGroup
            legend="Difficulty"
            all={[1, 2, 3] as Difficulty[]}
            selected={difficulties}
            label={(d) => DIFFICULTY_LABELS[d]}
            onChange={setDifficulties}
          />
          <CheckboxGroup
            legend="Question types"
            all={QUESTION_TYPES}
            selected={types}
            label={(t) => QUESTION_TYPE_LABELS[t]}
            onChange={setTypes}
          />
        </div>
        <p role="alert" className="font-medium text-red-700 empty:hidden dark:text-red-300">
          {error}
        </p>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className={primaryBtn}>
            Start this quiz
          </button>
          {fromLink ? (
            <button
              type="button"
              className={secondaryBtn}
              onClick={() => {
                setFromLink(false);
                setSeed(randomSeed());
              }}
            >
              Use different questions
            </button>
          ) : null}
        </div>
      </form>

      <section aria-labelledby="share-quiz" className={box}>
        <h2 id="share-quiz" className="font-semibold">
          Share these settings
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          The link holds the settings above and quiz number {seed}, so whoever opens it gets the same questions in the
          same order (links ignore your own history).
        </p>
        <label htmlFor="quiz-link" className="sr-only">
          Quiz link
        </label>
        <input
          id="quiz-link"
          readOnly
          value={linkText}
          onFocus={(e) => e.target.select()}
          className="mt-2 w-full rounded-md border border-slate-400 bg-white px-2 py-1 font-mono text-sm dark:border-slate-500 dark:bg-slate-950"
        />
        <button type="button" className={`${secondaryBtn} mt-2`} onClick={copy}>
          Copy quiz link
        </button>
        <p aria-live="polite" className="mt-1 text-sm">
          {copied}
        </p>
      </section>
    </div>
  );
}
