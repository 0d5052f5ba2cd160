"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import { closeInbox, deleteInbox, listResults } from "@/lib/inbox-client";
import { Notice } from "@/components/ui/notice";
import { buttonClass } from "@/components/ui/button";
import { smallButton } from "@/components/ui/styles";
import { preloadable } from "@/components/ui/preloadable";
import { useHydrated } from "@/stores/persisted";
import { useInboxStore, type TeacherInbox } from "@/stores/inbox-store";
import { saveInboxResults } from "@/stores/gradebook-actions";
import { useTeacherStore } from "@/stores/teacher-store";
import { gradebookFullMessage } from "@/core/assignment/gradebook/results";
import { syncInbox, type SyncOutcome, type SyncStatus } from "@/core/inbox/sync";

const POLL_MS = 10_000;

const TeacherLinkPanel = preloadable(
  () => import("./teacher-link-panel").then((m) => m.TeacherLinkPanel),
  "Loading the teacher link…",
);

/** Reads what is new in one inbox (from `cursor`: 0 reads everything again) into the gradebook (core/inbox/sync). */
function pull(inbox: TeacherInbox, cursor = inbox.cursor): Promise<SyncOutcome> {
  return syncInbox(cursor, {
    fetchPage: async (after) => {
      const res = await listResults(inbox.url, inbox.id, inbox.secretKey, after);
      return res.ok
        ? { ok: true, codes: res.body.results.map((r) => r.code), ...pick(res.body) }
        : { ok: false, status: res.status, message: res.message };
    },
    save: (codes) => saveInboxResults(codes, Date.now()),
    moveCursor: (next, closed) => useInboxStore.getState().advanceCursor(inbox.assignmentId, next, closed),
  });
}
const pick = ({ next, total, closed }: { next: number; total: number; closed: boolean }) => ({ next, total, closed });

/** One inbox's state in words. */
function describeStatus(s: SyncStatus | undefined): string {
  if (!s) return "checking…";
  switch (s.kind) {
    case "ok":
      return `${s.total} ${s.total === 1 ? "result" : "results"} received`;
    case "gone":
      return "this inbox is no longer on the server (deleted or expired), or its teacher link was replaced";
    case "unreachable":
      return "the inbox server cannot be reached just now; trying again";
    case "unsaved":
      return s.message;
    case "full":
      return gradebookFullMessage(s.refused);
  }
}

/**
 * /teach/results: results arrive from the teacher's inboxes while the page is open (polling every 10 s while it is
 * visible), with a count of new ones; each inbox can be closed or deleted. Pasted codes work beside it as before.
 */
export function InboxSync() {
  const hydrated = useHydrated(useInboxStore);
  const inboxes = useInboxStore((s) => s.inboxes);
  const assignments = useTeacherStore((s) => s.assignments);
  const [fresh, setFresh] = useState(0);
  const [statuses, setStatuses] = useState<Record<string, SyncStatus>>({});
  const [message, setMessage] = useState("");
  /** The assignment whose teacher link is shown. */
  const [linkFor, setLinkFor] = useState<string | null>(null);
  const busy = useRef(false);

  const poll = useCallback(async () => {
    if (busy.current) return;
    busy.current = true;
    try {
      const list = Object.values(useInboxStore.getState().inboxes);
      const outcomes = await Promise.all(list.map(async (i) => [i.assignmentId, await pull(i)] as const));
      const added = outcomes.reduce((n, [, o]) => n + o.added, 0);
      if (added > 0) setFresh((n) => n + added);
      setStatuses(Object.fromEntries(outcomes.map(([id, o]) => [id, o.status])));
    } finally {
      busy.current = false;
    }
  }, []);

  const count = Object.keys(inboxes).length;
  useEffect(() => {
    if (!hydrated || count === 0) return;
    void poll();
    const timer = window.setInterval(() => {
      if (document.visibilityState === "visible") void poll();
    }, POLL_MS);
    const wake = () => document.visibilityState === "visible" && void poll();
    document.addEventListener("visibilitychange", wake);
    window.addEventListener("online", wake);
    return () => {
      window.clearInterval(timer);
      document.removeEventListener("visibilitychange", wake);
      window.removeEventListener("online", wake);
    };
  }, [hydrated, count, poll]);

  // After the last inbox is deleted the section stays for its confirmation, so the teacher sees the delete worked.
  if (!hydrated || (count === 0 && !message)) return null;
  const titleOf = (id: string) => assignments.find((a) => a.id === id)?.title || "Untitled assignment";
  const codeOf = (id: string) => assignments.find((a) => a.id === id)?.code;

  /** Reads the whole inbox again from the server, adding whatever the gradebook is missing. */
  const fetchAgain = async (i: TeacherInbox) => {
    const title = titleOf(i.assignmentId);
    setMessage(`Fetching every result of “${title}” again…`);
    const out = await pull(i, 0);
    setStatuses((all) => ({ ...all, [i.assignmentId]: out.status }));
    if (out.added > 0) setFresh((n) => n + out.added);
    setMessage(
      out.status.kind === "ok"
        ? `Fetched every result of “${title}” again: ${out.added === 0 ? "nothing was missing" : `${out.added} missing ${out.added === 1 ? "result was" : "results were"} added`}.`
        : `“${title}”: ${describeStatus(out.status)}.`,
    );
  };
  const close = async (i: TeacherInbox) => {
    // It cannot be reopened, and a student still answering would have to send the result by hand: ask first.
    if (
      !window.confirm(
        `Close the inbox for “${titleOf(i.assignmentId)}”? It takes no more results and cannot be reopened: students who have not handed in yet would have to send you their result link or code.`,
      )
    )
      return;
    const res = await closeInbox(i.url, i.id, i.secretKey);
    if (res.ok) useInboxStore.getState().markClosed(i.assignmentId);
    setMessage(
      res.ok ? `The inbox for “${titleOf(i.assignmentId)}” is closed: it takes no more results.` : res.message,
    );
  };
  const remove = async (i: TeacherInbox) => {
    const title = titleOf(i.assignmentId);
    if (
      !window.confirm(
        `Delete the inbox for “${title}” from the server? Results already in this gradebook stay here; on your other devices, only those they have already fetched.`,
      )
    )
      return;
    const res = await deleteInbox(i.url, i.id, i.secretKey);
    // An inbox the server no longer knows is as good as deleted.
    if (res.ok || res.status === 404) useInboxStore.getState().forgetInbox(i.assignmentId);
    setMessage(res.ok || res.status === 404 ? `The inbox for “${title}” is deleted.` : res.message);
  };

  return (
    <section aria-labelledby="inbox-h" className="space-y-3">
      <h2 id="inbox-h" className="text-xl font-semibold">
        Inboxes
      </h2>
      <p role="status" aria-live="polite">
        {fresh > 0
          ? `${fresh} new ${fresh === 1 ? "result" : "results"} from your inboxes since you opened this page.`
          : count > 0
            ? "Results sent to your inboxes appear here by themselves."
            : null}
      </p>
      <ul className="space-y-2">
        {Object.values(inboxes).map((i) => {
          const s = statuses[i.assignmentId];
          return (
            <li key={i.id} className="flex flex-wrap items-center gap-2 rounded-control border border-line p-3">
              <span className="grow">
                <strong>{titleOf(i.assignmentId)}</strong>
                {": "}
                {describeStatus(s)}
                {i.closed ? " · closed" : ""}
              </span>
              {s?.kind !== "gone" ? (
                <button type="button" className={smallButton} onClick={() => void fetchAgain(i)}>
                  Fetch everything again
                </button>
              ) : null}
              {!i.closed && s?.kind !== "gone" ? (
                <button type="button" className={smallButton} onClick={() => void close(i)}>
                  Close inbox
                </button>
              ) : null}
              {codeOf(i.assignmentId) && s?.kind !== "gone" ? (
                <button
                  type="button"
                  className={smallButton}
                  aria-expanded={linkFor === i.assignmentId}
                  onClick={() => setLinkFor((v) => (v === i.assignmentId ? null : i.assignmentId))}
                >
                  Teacher link
                </button>
              ) : null}
              <button type="button" className={buttonClass("danger", "sm")} onClick={() => void remove(i)}>
                Delete inbox
              </button>
              {linkFor === i.assignmentId ? (
                <div className="basis-full">
                  <TeacherLinkPanel
                    assignmentId={i.assignmentId}
                    assignmentCode={codeOf(i.assignmentId) ?? ""}
                    title={titleOf(i.assignmentId)}
                    canReplace
                  />
                </div>
              ) : null}
            </li>
          );
        })}
      </ul>
      {message ? <Notice role="status">{message}</Notice> : null}
    </section>
  );
}
