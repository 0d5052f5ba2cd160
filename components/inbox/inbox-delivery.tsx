"use client";

import { useEffect } from "react";
import { formatTime } from "@/core/format";
import type { InboxRef } from "@/core/assignment/link/assignment-code";
import { Notice } from "@/components/ui/notice";
import { smallButton } from "@/components/ui/styles";
import { useHydrated } from "@/stores/persisted";
import { useInboxStore } from "@/stores/inbox-store";
import { useStudentStore } from "@/stores/student-store";
import { useOutbox } from "./use-outbox";

// The same clock as every other time on the page (core/format), whatever the browser's language.
const clock = (ms: number) => formatTime(ms);

/**
 * Sends a handed-in result to the teacher's inbox and says where it stands. "Received" only after the inbox's receipt;
 * until then the result waits in this browser and is retried, and the link and code beside it remain the fallback.
 */
export function InboxDelivery({
  code,
  assignmentId,
  inbox,
  compact = false,
}: {
  code: string;
  assignmentId: string;
  inbox?: InboxRef;
  /** One line, for the list of results handed in before. */
  compact?: boolean;
}) {
  const hydrated = useHydrated(useInboxStore);
  const entry = useInboxStore((s) => s.outbox[code]);
  const queueResult = useInboxStore((s) => s.queueResult);
  const recordAttempt = useInboxStore((s) => s.recordAttempt);
  useOutbox();

  const sentVia = useStudentStore((s) => s.handedIn.find((h) => h.code === code)?.sentVia);
  const markSent = useStudentStore((s) => s.markSent);
  const receivedAt = entry?.receipt?.receivedAt;

  useEffect(() => {
    if (hydrated && inbox) queueResult(code, assignmentId, inbox, Date.now());
  }, [hydrated, inbox, code, assignmentId, queueResult]);

  // The receipt is what makes a result "sent": the hand-in screen and the list of results say so from then on.
  useEffect(() => {
    if (receivedAt !== undefined && sentVia !== "inbox") markSent(code, "inbox", receivedAt);
  }, [receivedAt, sentVia, markSent, code]);

  if (!inbox || !hydrated) return null;
  const state = !entry
    ? "sending"
    : entry.receipt
      ? "received"
      : entry.refused
        ? "refused"
        : entry.attempts === 0
          ? "sending"
          : "waiting";
  const received = entry?.receipt ? `Received by your teacher's inbox at ${clock(entry.receipt.receivedAt)}` : "";

  if (compact)
    return (
      <p role="status" className="mt-1 text-sm">
        {state === "received"
          ? received
          : state === "refused"
            ? "Your teacher's inbox did not take this result: send it again below."
            : state === "waiting"
              ? "Not sent yet: kept in this browser and sent by itself when the inbox can be reached."
              : "Sending to your teacher's inbox…"}
      </p>
    );
  if (state === "sending")
    return (
      <Notice role="status" tone="info">
        Sending your result to your teacher&apos;s inbox…
      </Notice>
    );
  if (state === "received")
    return (
      <Notice role="status" tone="success" title={received}>
        Your teacher has your result. Nothing more to do.
      </Notice>
    );
  if (state === "refused")
    return (
      <Notice role="status" tone="warn" title="Your teacher's inbox did not take this result">
        <p>{entry?.refused} Send your teacher the result link or code below instead.</p>
      </Notice>
    );
  return (
    <Notice role="status" tone="warn" title="Not sent yet: your result is kept in this browser">
      <p>
        {entry?.lastError} It will be sent by itself when the inbox can be reached (next try at{" "}
        {clock(entry?.nextAt ?? 0)}, and whenever you open this assignment again). Meanwhile you can send the link or
        code below.
      </p>
      <button
        type="button"
        className={`${smallButton} mt-2`}
        onClick={() => recordAttempt(code, { nextAt: Date.now() })}
      >
        Try again now
      </button>
    </Notice>
  );
}
