"use client";

import { AppLink } from "@/components/ui/app-link";
import { readItem, removeItem } from "@/lib/storage";
import { backupFileName } from "@/core/progress/backup";
import { buildBackup, downloadText } from "@/stores/backup";
import { useStorageStatus, type StorageProblem } from "@/stores/storage-status";

const linkButton =
  "rounded-md border border-current px-3 py-1 text-sm font-semibold hover:bg-white/60 dark:hover:bg-slate-900/60";

/** A backup of everything this page holds, what could not be saved included (the stores' state in memory). */
async function downloadBackupNow() {
  const now = Date.now();
  downloadText(backupFileName(now), JSON.stringify(await buildBackup(now), null, 2));
}

// The text takes the row, and the buttons wrap below it, unless there is room for 18rem of text beside them (a phone
// has not): with a basis of 0 it shrank to one word a line under the buttons.
const text = "min-w-0 flex-[1_1_18rem]";

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
          <strong>Storage is full: your latest progress could not be saved.</strong> What was saved before is safe. Your
          latest answers are kept in this page until you close or reload it: download a backup now to keep them, then
          free some space in this browser (its settings list what each site keeps) and restore the backup from the{" "}
          <AppLink href="/progress/#backup" className="underline">
            Progress
          </AppLink>{" "}
          page.
        </p>
      );
    case "unread":
      return (
        <p>
          <strong>Your saved progress could not be opened.</strong> Part of Debrief did not download (the connection may
          be off). Your progress stays saved as it was, and what you do now is added to it as soon as that part
          downloads. Reload the page when you are back online to see all of it.
        </p>
      );
    case "corrupt":
      return null;
  }
}

/** What the storage banner says when there is trouble; loaded only then (see storage-banner.tsx). */
export function StorageNotice({
  others,
  setAside,
  onDeleted,
}: {
  /** One problem per kind, corrupt data excepted. */
  others: StorageProblem[];
  /** Keys of the data set aside because it could not be read. */
  setAside: string[];
  onDeleted: () => void;
}) {
  // Only items of a store were unreadable this visit (the rest of it was kept), not a whole store.
  const itemsOnly = useStorageStatus((s) => {
    const corrupt = s.problems.filter((p) => p.kind === "corrupt");
    return corrupt.length > 0 && corrupt.every((p) => p.items !== undefined);
  });
  return (
    <div className="border-b border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-50">
      <div className="mx-auto flex max-w-5xl flex-col gap-3 px-4 py-3 text-sm">
        {others.map((p) => (
          <div key={p.kind} className="flex flex-wrap items-center gap-3">
            <div className={text}>
              <ProblemText problem={p} />
            </div>
            {p.kind === "newer" ? (
              <button type="button" className={linkButton} onClick={() => window.location.reload()}>
                Reload
              </button>
            ) : null}
            {p.kind === "quota" ? (
              <button type="button" className={linkButton} onClick={() => void downloadBackupNow()}>
                Download a backup now
              </button>
            ) : null}
          </div>
        ))}
        {setAside.length > 0 ? (
          <div className="flex flex-wrap items-center gap-3">
            <p className={text}>
              <strong>
                {itemsOnly
                  ? "Some saved items could not be read, so they were left out; the rest of your progress is kept."
                  : "Some saved progress could not be read, so Debrief started fresh."}
              </strong>{" "}
              The unreadable data was set aside, not deleted: download it to keep it or to send it with a bug report.
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
                if (
                  !window.confirm(
                    "Delete the set-aside data for good? Debrief could not read it, so it is not in your progress.",
                  )
                )
                  return;
                setAside.forEach((k) => removeItem(k));
                const status = useStorageStatus.getState();
                status.problems.filter((p) => p.kind === "corrupt").forEach((p) => status.dismiss(p));
                onDeleted();
              }}
            >
              Delete it
            </button>
          </div>
        ) : null}
      </div>
    </div>
  );
}
