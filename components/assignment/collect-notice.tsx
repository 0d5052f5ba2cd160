"use client";

import { useEffect, useState } from "react";
import type { InboxRef } from "@/core/assignment/link/assignment-code";
import { formatDate, quantity } from "@/core/format";
import { errorBox } from "@/components/ui/styles";
import { fetchInboxStatus, type InboxStatus } from "@/lib/inbox-status";

const DAY_MS = 86_400_000;

/**
 * Where the result goes when the assignment collects: said before Start, with the server's host and how long it keeps
 * results; a closed, full or deleted inbox is said here, not after the student has finished.
 */
export function CollectNotice({ inbox }: { inbox: InboxRef }) {
  const [status, setStatus] = useState<InboxStatus | null>(null);
  // Days left until the inbox (and every result in it) is deleted, counted when the answer came.
  const [days, setDays] = useState(0);
  useEffect(() => {
    let live = true;
    void fetchInboxStatus(inbox.url, inbox.id).then((s) => {
      if (!live) return;
      setStatus(s);
      if ("expiresAt" in s) setDays(Math.max(1, Math.round((s.expiresAt - Date.now()) / DAY_MS)));
    });
    return () => {
      live = false;
    };
  }, [inbox.url, inbox.id]);
  const host = inbox.url ? new URL(inbox.url).host : window.location.host;
  const goes = `When you finish, your name and answers are sent to your teacher's server at ${host}`;
  if (status?.status === "closed" || status?.status === "full" || status?.status === "gone")
    return (
      <p role="status" className={errorBox}>
        <strong>
          {status.status === "closed"
            ? "Your teacher has closed this assignment's inbox: it takes no more results."
            : status.status === "full"
              ? "This assignment's inbox is full: it takes no more results."
              : "This assignment's inbox no longer exists: it takes no results."}
        </strong>{" "}
        Ask your teacher before you start. If you do it anyway, you hand in your result yourself, by link or code.
      </p>
    );
  return (
    // Information, not a warning: a plain box (the warning colours are for a closed inbox).
    <p role="status" className="rounded-control border border-line bg-surface p-3">
      {status?.status === "open"
        ? `${goes}, which keeps them until ${formatDate(status.expiresAt)} (${quantity(days, "day")}).`
        : status?.status === "unknown"
          ? `${goes}. It cannot be reached just now: your result will wait in this browser and go by itself when it can.`
          : `${goes}.`}
    </p>
  );
}
