"use client";

import { useCallback, useEffect, useState, useRef } from "react";
import type { DecodeFailure } from "@/core/assignment/link/reasons";
import type { DecodedResult } from "@/core/assignment/result/result-code";
import { useBank } from "@/components/bank/use-bank";
import { errorBox } from "@/components/ui/styles";
import { useLocationHash } from "@/components/ui/use-location-hash";
import { useHydrated } from "@/stores/persisted";
import { useTeacherStore } from "@/stores/teacher-store";
import { addResults as addToGradebook, removeResult } from "@/stores/gradebook-actions";
import { gradebookFullMessage } from "@/core/assignment/gradebook/results";
import { isTeacherFragment } from "@/core/inbox/teacher-fragment";
import { LazyInboxSync } from "@/components/inbox/lazy-inbox-sync";
import { AddResults, PASTE_BOX } from "./add-results";
import { NoResults } from "./no-results";
import { preloadable } from "@/components/ui/preloadable";
import { buttonClass } from "@/components/ui/button";

// Each part loads when the data that needs it exists: the gradebook (decoders, grading, summary, table, item
// analysis) once there are results; the confirmation once the address holds a result link. Pasted codes are read by
// code fetched on "Add to gradebook".
const Gradebook = preloadable(() => import("./gradebook").then((m) => m.Gradebook), "Loading the gradebook…");
const ResultLinkConfirm = preloadable(
  () => import("./result-link-confirm").then((m) => m.ResultLinkConfirm),
  "Reading the result link…",
);
const OpenTeacherLink = preloadable(
  () => import("@/components/inbox/open-teacher-link").then((m) => m.OpenTeacherLink),
  "Opening the teacher link…",
);
const RemoveTeacherData = preloadable(
  () => import("./remove-teacher-data").then((m) => m.RemoveTeacherData),
  "Loading…",
);
const readPaste = () => import("@/core/assignment/gradebook/paste");

/** /teach/results: the gradebook, fed by result links, pasted codes, a file of codes (or an inbox). */
export function ResultsPage() {
  const bankState = useBank();
  const hydrated = useHydrated(useTeacherStore);
  const savedAssignments = useTeacherStore((s) => s.assignments);
  const savedResults = useTeacherStore((s) => s.results);
  const hash = useLocationHash();
  const [report, setReport] = useState<string[]>([]);
  const [removing, setRemoving] = useState(false);
  const [removedAll, setRemovedAll] = useState("");
  // A teacher link opened on this page added an inbox: its panel loads now.
  const [linkOpened, setLinkOpened] = useState(false);
  const inboxAdded = useCallback(() => setLinkOpened(true), []);
  // What a paste (or a file) added is said beside the paste box, where the teacher is looking.
  const [pasteReport, setPasteReport] = useState<string[]>([]);
  // The last removal, until it is undone or another one replaces it: one key press is all it takes by mistake.
  const [removed, setRemoved] = useState<{ code: string; what: string } | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (removed) undoRef.current?.focus();
  }, [removed]);
  const hasResults = savedResults.length > 0;

  useEffect(() => {
    if (hasResults) Gradebook.preload().catch(() => undefined);
  }, [hasResults]);

  /** The one way results enter the gradebook, whatever their source; says what happened in one line. */
  const addResults = async (
    found: readonly DecodedResult[],
    failures: DecodeFailure[] = [],
    failedCodes: readonly string[] = [],
    say: (lines: string[]) => void = setReport,
  ) => {
    const known = new Set(savedAssignments.map((a) => a.id));
    const { added, refused } = addToGradebook(
      found.map((r) => r.code),
      Date.now(),
    );
    const { describePaste } = await readPaste();
    const lines = describePaste({
      added,
      alreadyThere: found.length - added - refused,
      unsaved: found.filter((r) => !known.has(r.assignmentId)).length,
      failures,
      failedCodes,
    });
    if (refused > 0) lines.push(gradebookFullMessage(refused));
    say(lines);
    return lines;
  };

  if (bankState.status !== "ready" || !hydrated)
    return bankState.status === "error" && hydrated ? (
      <p className={errorBox}>{bankState.message}</p>
    ) : (
      <p role="status">Loading the gradebook…</p>
    );
  const bank = bankState.bank;

  return (
    <div className="min-w-0 space-y-8">
      {hash && isTeacherFragment(hash) ? (
        <div className="no-print">
          <OpenTeacherLink key={hash} hash={hash} onInboxAdded={inboxAdded} />
        </div>
      ) : hash ? (
        <div className="no-print">
          <ResultLinkConfirm
            assignments={savedAssignments}
            savedCodes={savedResults}
            onAdd={(r) => void addResults([r])}
          />
        </div>
      ) : null}
      <div className="no-print">
        <LazyInboxSync added={linkOpened} />
      </div>
      <div role="status" className="no-print space-y-1">
        {report.map((line) => (
          <p key={line}>{line}</p>
        ))}
        {removed ? (
          <p>
            Removed {removed.what}.{" "}
            <button
              ref={undoRef}
              type="button"
              className="font-semibold text-accent-ink underline"
              onClick={() => {
                addToGradebook([removed.code], Date.now());
                setRemoved(null);
              }}
            >
              Undo
            </button>
          </p>
        ) : null}
      </div>
      {hasResults ? (
        <Gradebook
          bank={bank}
          savedAssignments={savedAssignments}
          savedResults={savedResults}
          onRemove={(code, what) => {
            removeResult(code);
            setRemoved({ code, what });
          }}
          actions={
            <button
              type="button"
              className={buttonClass("primary")}
              onClick={() => {
                const box = document.getElementById(PASTE_BOX);
                box?.scrollIntoView({ block: "center" });
                box?.focus({ preventScroll: true });
              }}
            >
              <span aria-hidden="true">+</span>Add results
            </button>
          }
        />
      ) : (
        <NoResults />
      )}
      <AddResults
        report={pasteReport}
        onAdd={async (text) => {
          const { scanPastedResults } = await readPaste();
          const scan = scanPastedResults(text);
          await addResults(scan.results, scan.failures, scan.failedCodes, setPasteReport);
          return { keepText: scan.failures.length > 0 || scan.results.length === 0 };
        }}
      />
      {savedAssignments.length > 0 || hasResults || removedAll ? (
        <section aria-labelledby="teacher-data-h" className="no-print space-y-3">
          <h2 id="teacher-data-h" className="text-xl font-semibold">
            Teacher data in this browser
          </h2>
          <p>
            “Reset progress” on the Progress page keeps your assignments, gradebook and teacher links. To take them off
            this browser (a shared computer), remove them here.
          </p>
          {removing ? (
            <RemoveTeacherData
              onDone={(message) => {
                setRemoving(false);
                setRemovedAll(message);
              }}
            />
          ) : (
            <button type="button" className={buttonClass("danger")} onClick={() => setRemoving(true)}>
              Remove teacher data from this browser…
            </button>
          )}
          <p role="status">{removedAll}</p>
        </section>
      ) : null}
    </div>
  );
}
