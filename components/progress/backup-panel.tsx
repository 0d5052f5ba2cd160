"use client";

import { useRef, useState } from "react";
import type { ParsedBackup } from "@/core/progress/backup";
import { useStorageStatus } from "@/stores/storage-status";
import { readItem, STORAGE_KEYS } from "@/lib/storage";
import { formatDate, formatDateTime } from "@/core/format";
import { dangerButton, panel, primaryButton, secondaryButton } from "@/components/ui/styles";

type Stage =
  | { kind: "idle" }
  | { kind: "error"; message: string }
  | { kind: "review"; backup: ParsedBackup; fileName: string }
  | { kind: "confirm-reset" }
  | { kind: "done"; message: string };

// The backup code (checksums, validation, merging) is loaded on the first click, not with the page.
async function loadBackup() {
  const [store, core] = await Promise.all([import("@/stores/backup"), import("@/core/progress/backup")]);
  return { ...store, ...core };
}

async function downloadBackup() {
  const { backupFileName, buildBackup, downloadText } = await loadBackup();
  const now = Date.now();
  downloadText(backupFileName(now), JSON.stringify(await buildBackup(now), null, 2));
}

function BackupSummaryText({ backup }: { backup: ParsedBackup }) {
  const { counts, from, to } = backup.summary;
  return (
    <>
      <p>Made on {formatDateTime(backup.exportedAt)}. It holds:</p>
      <ul className="mt-1 list-disc pl-5">
        {counts.length === 0 ? <li>only your settings</li> : null}
        {counts.map((c) => (
          <li key={`${c.key}:${c.label}`}>
            {c.count} {c.label}
          </li>
        ))}
      </ul>
      {from !== undefined && to !== undefined ? (
        <p className="mt-1">
          Activity from {formatDate(from)} to {formatDate(to)}.
        </p>
      ) : null}
    </>
  );
}

/** Download a backup, restore one (validated, summarised, merged or replacing), and reset with a backup first. */
export function BackupPanel() {
  const [stage, setStage] = useState<Stage>({ kind: "idle" });
  const fileInput = useRef<HTMLInputElement>(null);
  const persistence = useStorageStatus((s) => s.persistence);
  const savingBlocked = useStorageStatus((s) => s.problems.some((p) => p.kind === "newer"));

  const onFile = async (file: File | undefined) => {
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      setStage({ kind: "error", message: "The file could not be read. Nothing was changed." });
      return;
    }
    const { BACKUP_MESSAGES, readBackup } = await loadBackup();
    const result = await readBackup(text);
    setStage(
      result.ok
        ? { kind: "review", backup: result.value, fileName: file.name }
        : { kind: "error", message: BACKUP_MESSAGES[result.reason] },
    );
    if (fileInput.current) fileInput.current.value = "";
  };

  const restore = async (backup: ParsedBackup, mode: "merge" | "replace") => {
    const { applyRestore } = await loadBackup();
    const ok = await applyRestore(backup.entries, mode, Date.now());
    setStage({
      kind: "done",
      message: ok
        ? mode === "merge"
          ? "The backup was merged with your progress."
          : "Your progress was replaced by the backup."
        : "The backup is loaded on this page, but it could not be saved in this browser (see the notice at the top).",
    });
  };

  const reset = async () => {
    await downloadBackup();
    const { resetProgress } = await loadBackup();
    const ok = await resetProgress(Date.now());
    setStage({
      kind: "done",
      message: ok
        ? "Your progress was reset. A backup of it was downloaded first."
        : "Progress was cleared on this page, but the change could not be saved in this browser.",
    });
  };

  return (
    <section aria-labelledby="backup-heading" id="backup" className={panel}>
      <h2 id="backup-heading" className="text-lg font-bold">
        Backup and restore
      </h2>
      <p className="mt-2 text-muted">
        {/* True with sync on or off: the sync panel above says what its copy is. */}
        Your progress is saved in this browser.{" "}
        {persistence === "granted"
          ? "This browser has promised not to clear it, but a backup file is a copy you keep yourself."
          : "Browsers may clear site data when space runs low, so download a backup now and then."}
      </p>
      <p className="mt-2 text-sm">
        If you teach with a result inbox, a backup also holds your teacher links and inbox keys: whoever has the file
        can read and delete your students’ results. Keep this file private.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        {/* Data care, not the page's next step: every action here is secondary (the study panel has the primary one). */}
        <button type="button" className={secondaryButton} onClick={() => void downloadBackup()}>
          Download backup
        </button>
        <label
          className={`${secondaryButton} cursor-pointer has-focus-visible:outline-3 has-focus-visible:outline-offset-2 has-focus-visible:outline-accent`}
        >
          Restore from backup
          <input
            ref={fileInput}
            type="file"
            accept="application/json,.json"
            className="sr-only"
            disabled={savingBlocked}
            onChange={(e) => void onFile(e.target.files?.[0])}
          />
        </label>
        <button type="button" className={dangerButton} onClick={() => setStage({ kind: "confirm-reset" })}>
          Reset progress
        </button>
      </div>
      {savingBlocked ? (
        <p className="mt-3 text-sm">Restoring is turned off until you reload to update the app.</p>
      ) : null}

      <div role="status" aria-live="polite" className="mt-4 empty:hidden">
        {stage.kind === "error" ? (
          <p className="rounded-control border border-wrong/50 bg-wrong-soft p-3 text-fg">{stage.message}</p>
        ) : null}
        {stage.kind === "done" ? <p className="rounded-control bg-surface-2 p-3">{stage.message}</p> : null}
        {stage.kind === "review" ? (
          <div className="rounded-control border border-line-strong p-4">
            <h3 className="font-semibold">Restore {stage.fileName}?</h3>
            <div className="mt-2 text-sm">
              <BackupSummaryText backup={stage.backup} />
            </div>
            <p className="mt-2 text-sm">
              Merge keeps everything here and adds what the backup holds. Replace keeps only the backup.
            </p>
            <div className="mt-3 flex flex-wrap gap-3">
              <button type="button" className={primaryButton} onClick={() => void restore(stage.backup, "merge")}>
                Merge with my progress
              </button>
              <button type="button" className={secondaryButton} onClick={() => void restore(stage.backup, "replace")}>
                Replace my progress
              </button>
              <button type="button" className={secondaryButton} onClick={() => setStage({ kind: "idle" })}>
                Cancel
              </button>
            </div>
          </div>
        ) : null}
        {stage.kind === "confirm-reset" ? (
          <div className="rounded-control border border-wrong p-4">
            <h3 className="font-semibold">Reset your progress?</h3>
            <p className="mt-1 text-sm">This clears, in this browser:</p>
            <ul className="mt-1 list-disc pl-5 text-sm">
              <li>your finished quizzes and the history of questions you answered,</li>
              <li>your flashcard reviews and schedule,</li>
              <li>your own assignment attempts and the record of what you handed in.</li>
            </ul>
            <p className="mt-2 text-sm">
              It keeps a teacher’s assignments, gradebook and teacher links (remove those on the Teach page), results
              still waiting to be sent to a teacher, and your theme. A backup file downloads first so you can restore it
              later.
            </p>
            {readItem(STORAGE_KEYS.sync) !== null ? (
              <p className="mt-2 text-sm font-semibold">
                Sync is on: the next sync brings back the progress kept on your other devices. To start over everywhere,
                stop syncing and delete the copy first, then reset on each device.
              </p>
            ) : null}
            <div className="mt-3 flex flex-wrap gap-3">
              <button type="button" className={dangerButton} onClick={() => void reset()}>
                Download backup and reset
              </button>
              <button type="button" className={secondaryButton} onClick={() => setStage({ kind: "idle" })}>
                Cancel
              </button>
            </div>
          </div>
        ) : null}
      </div>
    </section>
  );
}
