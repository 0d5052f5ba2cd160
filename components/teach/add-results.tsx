"use client";

import { useId, useRef, useState } from "react";
import { input, primaryButton, secondaryButton } from "@/components/ui/styles";

/** The paste box's id: the gradebook's "Add results" button takes the teacher to it. */
export const PASTE_BOX = "paste-results";

/** Largest text file of codes read (a class's worth of codes is a few kilobytes). */
const MAX_FILE_BYTES = 1_000_000;

/**
 * Paste anything that holds result codes or links (an e-mail, a chat log), or load a text file of them. The text
 * stays in the box when something could not be read, so nothing is lost. What was added is said right below, in a
 * live region, and focus goes back to the box (the button is disabled once the box is empty).
 */
export function AddResults({
  onAdd,
  report,
}: {
  onAdd: (text: string) => Promise<{ keepText: boolean }>;
  /** The lines saying what the last paste or file added. */
  report: readonly string[];
}) {
  const id = useId();
  const box = useRef<HTMLTextAreaElement>(null);
  const [text, setText] = useState("");
  const [fileProblem, setFileProblem] = useState("");
  return (
    <section aria-labelledby={`${id}-h`} className="no-print min-w-0 space-y-3">
      <h2 id={`${id}-h`} className="text-xl font-semibold">
        Add results
      </h2>
      <form
        className="space-y-2"
        onSubmit={async (e) => {
          e.preventDefault();
          const sent = text;
          if (!(await onAdd(sent)).keepText) setText((now) => (now === sent ? "" : now));
          box.current?.focus();
        }}
      >
        <label className="block">
          Paste result links or codes: one or many, or a whole e-mail or chat (other words are ignored)
          <textarea
            ref={box}
            id={PASTE_BOX}
            className={`${input} font-mono text-sm`}
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit" className={primaryButton} disabled={text.trim() === ""}>
          Add to gradebook
        </button>
        <div role="status" className="space-y-1">
          {report.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      </form>
      <div className="space-y-1">
        <p>Or load a text file of codes (.txt or .csv).</p>
        <input
          id={`${id}-file`}
          type="file"
          accept=".txt,.csv,text/plain"
          className="peer sr-only"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (!file) return;
            if (file.size > MAX_FILE_BYTES) {
              setFileProblem("That file is too large to be a list of result codes.");
              return;
            }
            setFileProblem("");
            await onAdd(await file.text());
          }}
        />
        <label
          htmlFor={`${id}-file`}
          className={`${secondaryButton} cursor-pointer peer-focus-visible:outline-2 peer-focus-visible:outline-offset-2 peer-focus-visible:outline-brand-600`}
        >
          Choose a file…
        </label>
      </div>
      {fileProblem ? <p role="alert">{fileProblem}</p> : null}
    </section>
  );
}
