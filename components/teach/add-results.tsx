"use client";

import { useState } from "react";
import { primaryButton, input } from "@/components/ui/styles";

/** Largest text file of codes read (a class's worth of codes is a few kilobytes). */
const MAX_FILE_BYTES = 1_000_000;

/** Paste one or many result codes or links, or load a text file of them. */
export function AddResults({ onAdd }: { onAdd: (text: string) => void }) {
  const [text, setText] = useState("");
  const [fileProblem, setFileProblem] = useState("");
  return (
    <section aria-labelledby="add-h" className="space-y-2">
      <h2 id="add-h" className="text-xl font-semibold">
        Add results
      </h2>
      <form
        className="space-y-2"
        onSubmit={(e) => {
          e.preventDefault();
          onAdd(text);
          setText("");
        }}
      >
        <label className="block">
          Paste result links or codes (one or many, separated by spaces or new lines)
          <textarea
            className={`${input} font-mono text-sm`}
            rows={4}
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
        </label>
        <button type="submit" className={primaryButton} disabled={text.trim() === ""}>
          Add to gradebook
        </button>
      </form>
      <label className="block">
        Or load a text file of codes
        <input
          type="file"
          accept=".txt,.csv,text/plain"
          className="mt-1 block min-h-11"
          onChange={async (e) => {
            const file = e.target.files?.[0];
            e.target.value = "";
            if (!file) return;
            if (file.size > MAX_FILE_BYTES) {
              setFileProblem("That file is too large to be a list of result codes.");
              return;
            }
            setFileProblem("");
            onAdd(await file.text());
          }}
        />
      </label>
      {fileProblem ? <p role="alert">{fileProblem}</p> : null}
    </section>
  );
}
