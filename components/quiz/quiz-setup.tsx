"use client";

import { useRef, useState } from "react";
import type { Bank, Level, QuestionType } from "@/core/bank/schema";
import { LEVEL_LABELS, LEVELS, QUESTION_TYPE_LABELS } from "@/core/bank/question-types";
import { questionCountFrom, type DecodedQuizLink } from "@/core/quiz/link";
import { DEFAULT_QUIZ_SETTINGS, MAX_QUESTIONS, MAX_TIME_LIMIT_MIN, MIN_QUESTIONS } from "@/core/quiz/settings";
import { availableText, checkSetupForm, DIFFICULTIES, DIFFICULTY_LABELS, type SetupForm } from "@/core/quiz/setup-form";
import { QUIZ_QUESTION_TYPES, type Difficulty, type QuizSettings } from "@/core/quiz/types";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Notice } from "@/components/ui/notice";
import { input } from "@/components/ui/styles";
import { CheckboxGroup } from "./checkbox-group";
import { randomSeed } from "./random-seed";
import { ShareQuizLink } from "./share-quiz-link";
import { QuickStart } from "./quick-start";

/** The form's starting values: from a quiz link, or the defaults with every box ticked. */
function initialForm(bank: Bank, link: DecodedQuizLink | null): SetupForm {
  const s = link?.settings ?? DEFAULT_QUIZ_SETTINGS;
  return {
    count: String(s.count),
    time: s.timeLimitMin ? String(s.timeLimitMin) : "",
    mode: s.mode,
    adaptive: link ? false : DEFAULT_QUIZ_SETTINGS.adaptive,
    topics: s.topics.length ? s.topics : bank.topics.map((t) => t.id),
    difficulties: s.difficulties.length ? s.difficulties : [...DIFFICULTIES],
    types: s.types.length ? s.types : [...QUIZ_QUESTION_TYPES],
    levels: s.levels.length ? s.levels : [...LEVELS],
    fromLink: link !== null && link.seed !== null,
    paragraphs: s.paragraphs,
  };
}

const PRESETS = ["5", "10", "20", "30"];

const MODES = [
  ["practice", "Practice", "Feedback after each answer"],
  ["exam", "Exam", "Scored at the end; optional time limit"],
] as const;

/** The quiz setup: a one-click practice quiz, the settings form, and a link that gives anyone the same quiz. */
export function QuizSetup({
  bank,
  link,
  onStart,
}: {
  bank: Bank;
  /** Settings read from the page address, if it was a quiz link. */
  link: DecodedQuizLink | null;
  /** Starts a quiz; resolves to an error message to show, or null when it started. */
  onStart: (settings: QuizSettings, seed: number, kind: "quiz" | "link") => Promise<string | null>;
}) {
  const [form, setForm] = useState(() => initialForm(bank, link));
  const [custom, setCustom] = useState(() => !PRESETS.includes(form.count));
  const count = questionCountFrom(form.count);
  const [seed, setSeed] = useState(() => link?.seed ?? randomSeed());
  const [error, setError] = useState<string | null>(null);
  // Set by a Start with a count out of range: the field says so until it holds a good one.
  const [countTried, setCountTried] = useState(false);
  const countField = useRef<HTMLInputElement>(null);
  const countBad = countTried && count === null;
  const check = checkSetupForm(form, bank);
  const set = (patch: Partial<SetupForm>) => {
    setForm((f) => ({ ...f, ...patch }));
    setError(null);
  };
  const paras = form.paragraphs;
  const section = paras && bank.article.headings.find((h) => h.before === `p${paras[0]}`)?.text;
  // One start at a time: the engine may still be on its way (it is fetched on demand), and a second press would
  // replace the quiz the first one started.
  const starting = useRef(false);
  const start = async (s: QuizSettings, sd: number, kind: "quiz" | "link") => {
    if (starting.current) return;
    starting.current = true;
    try {
      setError(await onStart(s, sd, kind));
    } finally {
      starting.current = false;
    }
  };

  return (
    <div className="grid gap-6">
      {link && link.problems.length > 0 ? (
        <Notice tone="warn" role="status" title="Part of this quiz link could not be used, so defaults were filled in:">
          <ul className="mt-1 list-disc pl-5">
            {link.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </Notice>
      ) : null}
      {form.fromLink ? (
        <Notice tone="info" role="status">
          You opened a quiz link: it gives you the same questions as whoever shared it.
        </Notice>
      ) : paras ? null : (
        <QuickStart onStart={() => void start({ ...DEFAULT_QUIZ_SETTINGS }, randomSeed(), "quiz")} />
      )}

      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (count === null) {
            setCountTried(true);
            countField.current?.focus();
          } else if (check.problem) setError(check.problem);
          else void start(check.settings, seed, form.fromLink ? "link" : "quiz");
        }}
        noValidate
        aria-labelledby="custom-quiz"
      >
        <Card className="grid gap-5">
          <h2 id="custom-quiz" className="text-title font-bold">
            {form.fromLink
              ? "The shared quiz"
              : paras
                ? `A quiz on ${section ? `“${section}”, ` : ""}¶${paras[0]}–${paras[1]}`
                : "Or set up your own"}
          </h2>
          <fieldset>
            <legend className="mb-2 font-semibold">Mode</legend>
            <div className="grid gap-2 sm:grid-cols-2">
              {MODES.map(([value, label, hint]) => (
                <label key={value} className="option-card">
                  <input
                    type="radio"
                    name="quiz-mode"
                    value={value}
                    checked={form.mode === value}
                    onChange={() => set({ mode: value })}
                    className="mt-0.5"
                  />
                  <span>
                    <span className="block font-semibold">{label}</span>
                    <span className="text-sm text-muted">{hint}</span>
                  </span>
                </label>
              ))}
            </div>
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-2">
            <fieldset>
              <legend className="mb-2 font-semibold">Number of questions</legend>
              <div className="segmented">
                {[...PRESETS, "Custom"].map((v) => (
                  <label key={v}>
                    <input
                      type="radio"
                      name="quiz-count"
                      checked={custom ? v === "Custom" : form.count === v}
                      onChange={() => {
                        setCustom(v === "Custom");
                        if (v !== "Custom") set({ count: v });
                      }}
                    />
                    {v}
                  </label>
                ))}
              </div>
              {custom ? (
                <input
                  ref={countField}
                  aria-invalid={countBad || undefined}
                  aria-label={`Number of questions, ${MIN_QUESTIONS} to ${MAX_QUESTIONS}`}
                  type="number"
                  inputMode="numeric"
                  min={MIN_QUESTIONS}
                  max={MAX_QUESTIONS}
                  value={form.count}
                  aria-describedby="quiz-available"
                  onChange={(e) => set({ count: e.target.value })}
                  className={`${input} mt-2 max-w-28`}
                />
              ) : null}
              <p
                id="quiz-available"
                aria-live="polite"
                className={`mt-1 text-sm ${countBad ? "font-semibold text-wrong" : "text-muted"}`}
              >
                {countBad ? check.problem : availableText(check)}
              </p>
            </fieldset>
            {form.mode === "exam" ? (
              <div>
                <label htmlFor="quiz-time" className="block font-semibold">
                  Time limit in minutes (empty for none)
                </label>
                <input
                  id="quiz-time"
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={MAX_TIME_LIMIT_MIN}
                  value={form.time}
                  onChange={(e) => set({ time: e.target.value })}
                  className={`${input} max-w-28`}
                />
              </div>
            ) : form.fromLink ? null : (
              <label className="flex items-start gap-2 self-center">
                <input
                  type="checkbox"
                  checked={form.adaptive}
                  onChange={(e) => set({ adaptive: e.target.checked })}
                  className="mt-0.5"
                />
                <span>Focus on questions I have not seen or got wrong</span>
              </label>
            )}
          </div>
          {/* The filters and Start share a box: on a phone Start is pinned to the foot of the screen only while this
              box is in view, so it does not sit under Quick practice's own Start on the first screen. */}
          <div className="grid gap-5">
            <CheckboxGroup
              legend="Topics"
              all={bank.topics.map((t) => t.id)}
              selected={form.topics}
              label={(id) => bank.topics.find((t) => t.id === id)?.label ?? id}
              onChange={(topics) => set({ topics })}
            />
            <CheckboxGroup<Difficulty>
              legend="Difficulty"
              all={DIFFICULTIES}
              selected={form.difficulties}
              label={(d) => DIFFICULTY_LABELS[d]}
              onChange={(difficulties) => set({ difficulties })}
            />
            <CheckboxGroup<Level>
              legend="Level"
              all={LEVELS}
              selected={form.levels}
              label={(l) => LEVEL_LABELS[l]}
              onChange={(levels) => set({ levels })}
            />
            <CheckboxGroup<QuestionType>
              legend="Question types"
              all={QUIZ_QUESTION_TYPES}
              selected={form.types}
              label={(t) => QUESTION_TYPE_LABELS[t]}
              onChange={(types) => set({ types })}
            />
            {/* On a phone Start stays in reach at the foot of the screen while the form scrolls, and why it did not
                start shows above it there, in view. */}
            <div className="start-bar">
              <Button type="submit">Start quiz{count ? ` (${count})` : ""}</Button>
              {form.fromLink ? (
                <Button
                  variant="secondary"
                  onClick={() => {
                    set({ fromLink: false });
                    setSeed(randomSeed());
                  }}
                >
                  Use different questions
                </Button>
              ) : null}
              <p role="alert" className="order-first basis-full font-semibold text-wrong empty:hidden">
                {error}
              </p>
            </div>
          </div>
        </Card>
      </form>

      <ShareQuizLink settings={check.settings} seed={seed} />
    </div>
  );
}
