"use client";

import { useEffect, useRef, useState } from "react";
import { Notice } from "@/components/ui/notice";
import { decodeTeacherLink, inboxFromLink, teacherLinkProblem } from "@/core/inbox/teacher-link";
import { listResults } from "@/lib/inbox-client";
import { useHydrated } from "@/stores/persisted";
import { useInboxStore } from "@/stores/inbox-store";
import { useTeacherStore } from "@/stores/teacher-store";

type Outcome = { tone: "success" | "error" | "warn"; text: string };

/** Takes the key out of the address bar and history once it is read: the link stays with whoever saved it. */
function clearFragment() {
  window.history.replaceState(window.history.state, "", window.location.pathname + window.location.search);
}

/**
 * /teach/results/#teacher=…: checks the link with the inbox server, then adds the assignment and its inbox to this
 * browser; the inbox panel then reads every result from the server (the server is the record, this browser a cache).
 * A replaced, deleted or damaged link is said plainly and adds nothing.
 */
export function OpenTeacherLink({
  hash,
  onInboxAdded,
}: {
  hash: string;
  /** The inbox is now in this browser. */ onInboxAdded: () => void;
}) {
  const teacherReady = useHydrated(useTeacherStore);
  const inboxReady = useHydrated(useInboxStore);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const started = useRef(false);

  useEffect(() => {
    if (!teacherReady || !inboxReady || started.current) return;
    started.current = true;
    void (async () => {
      const d = decodeTeacherLink(hash);
      if (!d.ok) return setOutcome({ tone: "error", text: teacherLinkProblem(d.reason) });
      const link = d.value;
      const title = link.assignment.title || "Untitled assignment";
      const res = await listResults(link.url, link.inboxId, link.key, 0);
      if (!res.ok && (res.status === 401 || res.status === 404)) {
        clearFragment();
        return setOutcome({
          tone: "error",
          text:
            res.status === 401
              ? `This teacher link for “${title}” no longer works: it was replaced by a newer one. Open the newest teacher link you saved (the one you copied or e-mailed yourself after replacing it).`
              : `The inbox of this teacher link for “${title}” is no longer on the server (deleted, or older than the server keeps inboxes). Results already in a gradebook stay there.`,
        });
      }
      const now = Date.now();
      useTeacherStore
        .getState()
        .saveAssignment({ code: link.assignmentCode, id: link.assignment.id, title: link.assignment.title }, now);
      const known = useInboxStore.getState().inboxes[link.assignment.id];
      const server = res.ok ? { expiresAt: Date.parse(res.body.expiresAt), closed: res.body.closed } : null;
      useInboxStore.getState().saveInbox(inboxFromLink(link, known, server, now));
      clearFragment();
      onInboxAdded();
      setOutcome(
        res.ok
          ? {
              tone: "success",
              text: `Opened the teacher link for “${title}”: this browser now reads its results from the inbox (${res.body.total} so far). Keep the link private.`,
            }
          : {
              tone: "warn",
              text: `Added “${title}” and its inbox to this browser, but the inbox server cannot be reached just now: its results appear here when it answers.`,
            },
      );
    })();
  }, [teacherReady, inboxReady, hash, onInboxAdded]);

  return (
    <Notice
      role={outcome?.tone === "error" ? "alert" : "status"}
      tone={outcome?.tone ?? "info"}
      title="Teacher link"
      className="no-print"
    >
      {outcome ? outcome.text : "Opening the teacher link…"}
    </Notice>
  );
}
