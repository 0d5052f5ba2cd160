"use client";

import { useState } from "react";
import { quantity } from "@/core/counts";
import { formatDate } from "@/core/format";
import { dangerButton, secondaryButton } from "@/components/ui/styles";
import { useHydrated } from "@/stores/persisted";
import { useInboxStore } from "@/stores/inbox-store";
import { useTeacherStore } from "@/stores/teacher-store";

/**
 * The confirmation of "Remove teacher data from this browser": names each assignment and says whether its results
 * stay on the inbox server, reachable by its teacher link, or exist only here. A backup downloads first.
 */
export function RemoveTeacherData({ onDone }: { onDone: (message: string) => void }) {
  const teacherReady = useHydrated(useTeacherStore);
  const inboxReady = useHydrated(useInboxStore);
  const assignments = useTeacherStore((s) => s.assignments);
  const results = useTeacherStore((s) => s.results.length);
  const inboxes = useInboxStore((s) => s.inboxes);
  const [busy, setBusy] = useState(false);
  // When the question was asked: which inboxes are still on the server.
  const [now] = useState(() => Date.now());
  if (!teacherReady || !inboxReady) return <p role="status">Loading…</p>;

  const remove = async () => {
    setBusy(true);
    let ok: boolean;
    try {
      const [store, core] = await Promise.all([import("@/stores/backup"), import("@/core/progress/backup")]);
      store.downloadText(
        core.backupFileName(now, "debrief-teacher-backup"),
        JSON.stringify(await store.buildBackup(now), null, 2),
      );
      ok = await store.resetTeacherData(Date.now());
    } catch {
      // The backup could not be made (its code did not load, say): nothing is removed without one.
      setBusy(false);
      onDone("The backup could not be made, so nothing was removed. Check your connection and try again.");
      return;
    }
    setBusy(false);
    onDone(
      ok
        ? "The teacher data is removed from this browser. A backup of it was downloaded first. Results still on an inbox server open again with their teacher links."
        : "The teacher data was cleared on this page, but the change could not be saved in this browser.",
    );
  };

  return (
    <div className="space-y-3 rounded-control border border-wrong p-4">
      <h3 className="font-semibold">Remove the teacher data from this browser?</h3>
      <p className="text-sm">
        This removes your saved assignments, the gradebook ({quantity(results, "result")}) and the inbox keys from this
        browser. Your own quiz and flashcard progress stays.
      </p>
      {assignments.length > 0 ? (
        <ul className="list-disc space-y-1 pl-5 text-sm">
          {assignments.map((a) => {
            const inbox = inboxes[a.id];
            const onServer = inbox && inbox.expiresAt > now;
            return (
              <li key={a.code}>
                <strong>{a.title || "Untitled assignment"}</strong>:{" "}
                {onServer
                  ? `its results stay on the inbox server until ${formatDate(inbox.expiresAt)} (unless you delete the inbox), reachable by its teacher link. Copy the link first (Inboxes, “Teacher link”).`
                  : "its results are only in this browser (no inbox): after this, only a backup or the students’ codes bring them back."}
              </li>
            );
          })}
        </ul>
      ) : null}
      <div className="flex flex-wrap gap-3">
        <button type="button" className={dangerButton} disabled={busy} onClick={() => void remove()}>
          Download backup and remove
        </button>
        <button type="button" className={secondaryButton} onClick={() => onDone("")}>
          Cancel
        </button>
      </div>
    </div>
  );
}
