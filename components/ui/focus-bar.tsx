"use client";

import { useRef, type ReactNode } from "react";
import { Button } from "./button";
import { CrossIcon } from "./icons";

/**
 * The one slim bar of a study session (quiz, exam, flashcards, an assignment): the way out, where you are, and the
 * session's own tools. Rendering it marks the page as focused (`data-focus`): the site header and the page title step
 * aside by CSS (app/globals.css), so nothing here runs on the pages' first load.
 */
export function FocusBar({ label, children }: { label: string; children: ReactNode }) {
  return (
    <section
      aria-label={label}
      data-focus=""
      className="sticky top-0 z-30 -mx-4 border-b border-line bg-bg/95 px-4 backdrop-blur sm:mx-0 sm:px-0 supports-[backdrop-filter]:bg-bg/85"
    >
      <div className="flex min-h-14 items-center gap-3 py-1.5">{children}</div>
    </section>
  );
}

/**
 * The way out of a session, a ✕ at the start of the bar. With `confirm` it asks first in a modal dialog (Escape or
 * "Keep" cancel, and focus comes back to the ✕); without, it leaves at once.
 */
export function FocusExit({
  label,
  onExit,
  confirm,
}: {
  label: string;
  onExit: () => void;
  confirm?: { question: string; detail?: string; leave: string; stay: string };
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  return (
    <>
      <button
        type="button"
        aria-label={label}
        title={label}
        onClick={() => (confirm ? dialog.current?.showModal() : onExit())}
        className="grid h-11 w-11 shrink-0 place-items-center rounded-control text-muted hover:bg-surface-2 hover:text-fg"
      >
        <CrossIcon className="h-6 w-6" />
      </button>
      {confirm ? (
        <dialog
          ref={dialog}
          aria-labelledby="focus-exit-question"
          className="m-auto w-[min(24rem,calc(100%-2rem))] rounded-card border border-line bg-surface p-5 text-fg shadow-raised backdrop:bg-black/60"
        >
          <p id="focus-exit-question" className="text-lg font-bold">
            {confirm.question}
          </p>
          {confirm.detail ? <p className="mt-1 text-muted">{confirm.detail}</p> : null}
          {/* The safe choice comes first, so it is the one the dialog focuses when it opens. */}
          <div className="mt-5 flex flex-wrap justify-end gap-3">
            <Button variant="secondary" onClick={() => dialog.current?.close()}>
              {confirm.stay}
            </Button>
            <Button
              variant="danger"
              onClick={() => {
                dialog.current?.close();
                onExit();
              }}
            >
              {confirm.leave}
            </Button>
          </div>
        </dialog>
      ) : null}
    </>
  );
}

/**
 * Where the session is, as a progressbar for assistive technology: one segment per step (filled when done, the current
 * one tinted) when there are few, else one bar. `done(i)` says whether step i is done; a session that can grow (cards
 * coming back) passes `segments={false}`.
 */
export function FocusProgress({
  current,
  total,
  done,
  label,
  valueText,
  segments = total <= 15,
}: {
  segments?: boolean;
  current: number;
  total: number;
  done: (i: number) => boolean;
  label: string;
  valueText: string;
}) {
  return (
    <div
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={total}
      aria-valuenow={current}
      aria-valuetext={valueText}
      className="flex h-2.5 min-w-0 flex-1 gap-1"
    >
      {segments ? (
        Array.from({ length: total }, (_, i) => (
          <span
            key={i}
            className={`h-full flex-1 rounded-full transition-colors duration-200 ${
              done(i) ? "bg-accent" : i === current - 1 ? "bg-accent/45" : "bg-surface-2 ring-1 ring-line ring-inset"
            }`}
          />
        ))
      ) : (
        <span className="h-full flex-1 overflow-hidden rounded-full bg-surface-2 ring-1 ring-line ring-inset">
          <span
            className="block h-full rounded-full bg-accent transition-[width] duration-300"
            style={{ width: `${(Math.min(current, total) / Math.max(1, total)) * 100}%` }}
          />
        </span>
      )}
    </div>
  );
}
