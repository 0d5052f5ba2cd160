"use client";

import Link from "next/link";
import { useEffect, useState } from "react";
import { readItem, removeItem, requestPersistentStorage, storageAvailable } from "@/lib/storage";
import { quarantinedKeys } from "@/stores/persisted";
import { useStorageStatus, type StorageProblem } from "@/stores/storage-status";
import { downloadText } from "@/stores/backup";
import { backupFileName } from "@/core/progress/backup";

const linkButton =
  "rounded-md border border-current px-3 py-1 text-sm font-semibold hover:bg-white/60 dark:hover:bg-slate-900/60";

function ProblemText({ problem }: { problem: StorageProblem }) {
  switch (problem.kind) {
    case "unavailable":
      return (
        <p>
          <strong>Progress will not be kept.</strong> This browser is not letting Debrief save (storage is turned off,
          or this is a private window). You can keep studying; your answers last until you close this page.
        </p>
      );
    case "newer":
      return (
        <p>
          <strong>Your progress was saved by a newer version of Debrief.</strong> Reload the page to update the app.
          Until then nothing is saved from this page, so your newer progress stays safe.
        </p>
      );
    case "quota":
      return (
        <p>
          <strong>Storage is full: your latest progress could not be saved.</strong> Everything saved before is safe and
          you can keep studying. Download a backup from the{" "}
          <Link href="/progress/#backup" className="underline">
            Progress
          </Link>{" "}
          page, or free some space in this browser.
        </p>
      );
    case "corrupt":
      return null;
  }
}

/** A polite notice of storage trouble, in plain words, with a safe way out (download what was set aside, reload). */
export function StorageBanner() {
  const problems = useStorageStatus((s) => s.problems);
  const report = useStorageStatus((s) => s.report);
  const setPersistence = useStorageStatus((s) => s.setPersistence);
  const [setAside, setSetAside] = useState<string[]>([]);

  useEffect(() => {
    if (!storageAvailable()) report({ kind: "unavailable" });
    else void requestPersistentStorage().then(setPersistence);
  }, [report, setPersistence]);

  // Data set aside earlier stays on offer after reloads until the learner deletes it.
  const corruptKeys = problems.flatMap((p) => (p.kind === "corrupt" ? [p.quarantineKey] : []));
  const corruptSignature = corruptKeys.join("|");
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- storage is only readable after hydration
    setSetAside([...new Set([...quarantinedKeys(), ...corruptSignature.split("|").filter(Boolean)])]);
  }, [corruptSignature]);

  // One line per kind of trouble: a full store is one message, however many stores failed to save.
  const others = problems.filter((p, i) => p.kind !== "corrupt" && problems.findIndex((q) => q.kind === p.kind) === i);
  const visible = others.length > 0 || setAside.length > 0;

  return (
    <div role="status" aria-live="polite" className="no-print">
      {visible ? (
        <div className="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
          <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-3 text-sm">
            {others.map((p) => (
              <div key={p.kind} className="flex flex-wrap items-center gap-3">
                <div className="min-w-0 flex-1">
                  <ProblemText problem={p} />
                </div>
                {p.kind === "newer" ? (
                  <button type="button" className={linkButton} onClick={() => window.location.reload()}>
                    Reload
                  </button>
                ) : null}
              </div>
            ))}
            {setAside.length > 0 ? (
              <div className="flex flex-wrap items-center gap-3">
                <p className="min-w-0 flex-1">
                  <strong>Some saved progress could not be read, so Debrief started fresh.</strong> The unreadable data
                  was set aside, not deleted: download it to keep it or to send it with a bug report.
                </p>
                <button
                  type="button"
                  className={linkButton}
                  onClick={() => {
                    const data = Object.fromEntries(setAside.map((k) => [k, readItem(k)]));
                    downloadText(backupFileName(Date.now(), "debrief-set-aside"), JSON.stringify(data, null, 2));
                  }}
                >
                  Download the set-aside data
                </button>
                <button
                  type="button"
                  className={linkButton}
                  onClick={() => {
                    setAside.forEach((k) => removeItem(k));
                    const status = useStorageStatus.getState();
                    status.problems.filter((p) => p.kind === "corrupt").forEach((p) => status.dismiss(p));
                    setSetAside(quarantinedKeys());
                  }}
                >
                  Delete it
                </button>
              </div>
            ) : null}
          </div>
        </div>
      ) : null}
    </div>
  );
}
