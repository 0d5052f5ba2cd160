"use client";

import { useState } from "react";
import type { Assignment } from "@/core/assignment/link/assignment-code";
import { buttonClass } from "@/components/ui/button";
import { svg } from "@/components/ui/icon-base";
import { QrCode } from "@/components/ui/qr-code";
import { secondaryButton } from "@/components/ui/styles";
import { preloadable } from "@/components/ui/preloadable";

const TeacherLinkPanel = preloadable(
  () => import("@/components/inbox/teacher-link-panel").then((m) => m.TeacherLinkPanel),
  "Loading the teacher link…",
);

const PrintIcon = () =>
  svg(
    "h-5 w-5 shrink-0",
    <path d="M6 7.5v-4h8v4M6 14H4.5A1.5 1.5 0 0 1 3 12.5V9a1.5 1.5 0 0 1 1.5-1.5h11A1.5 1.5 0 0 1 17 9v3.5a1.5 1.5 0 0 1-1.5 1.5H14M6 11h8v5.5H6z" />,
  );
// Two print buttons share a phone's row: a little less padding keeps "Answer key" on one line.
const rowButton = `${secondaryButton.replace("px-4", "px-3").replace("gap-2", "gap-1.5")} whitespace-nowrap`;
const ShareIcon = () => svg("h-5 w-5 shrink-0", <path d="M10 12.5V3m0 0L6.5 6.5M10 3l3.5 3.5M5 10v6.5h10V10" />);

/** The address of an assignment on this site. */
export function assignmentLink(code: string): string {
  return `${window.location.origin}/assignment/#${code}`;
}

/** Brings the panel to the top of the screen, with its link and QR code, and puts focus on it. */
function showAtTop(el: HTMLElement | null) {
  if (!el) return;
  el.focus({ preventScroll: true });
  el.closest("section")?.scrollIntoView({ block: "start" });
}

/**
 * The link to send: Copy is the main action, attached to the field; Share (the phone's share sheet) where the
 * browser has one; then printing and the QR code.
 */
export function ShareAssignment({
  assignment,
  onPrint,
}: {
  assignment: Assignment;
  onPrint: (kind: "worksheet" | "key") => void;
}) {
  const link = assignmentLink(assignment.code);
  const title = assignment.title || "Untitled assignment";
  const [status, setStatus] = useState("");
  // Only rendered in the browser (after a link is made), so the check needs no effect.
  const canShare = "share" in navigator;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(link);
      setStatus("Copied. Paste it into an e-mail, a chat or your class page.");
    } catch {
      setStatus("Copying is blocked here: select the link and copy it yourself.");
    }
  };
  const share = async () => {
    try {
      await navigator.share({ title, url: link });
      setStatus("");
    } catch (e) {
      // Closing the share sheet is not a failure.
      if ((e as Error).name !== "AbortError") setStatus("Sharing did not work here: copy the link instead.");
    }
  };
  return (
    <section
      aria-labelledby="share-h"
      className="no-print min-w-0 space-y-3 rounded-lg border-2 border-brand-600 p-4 dark:border-brand-300"
    >
      {/* Focused when it appears, so the teacher is taken to the link they just made. */}
      <h2 id="share-h" className="break-words text-xl font-semibold" tabIndex={-1} ref={showAtTop}>
        Link for “{title}”
      </h2>
      <div>
        <label htmlFor="assignment-link">Send this link to your students</label>
        <div className="mt-1 flex min-w-0">
          <input
            id="assignment-link"
            readOnly
            value={link}
            className="min-w-0 flex-1 rounded-l-control border border-r-0 border-line-strong bg-surface-2 px-3 py-2 font-mono text-sm text-fg"
            onFocus={(e) => e.currentTarget.select()}
          />
          <button type="button" className={buttonClass("primary", "md", "shrink-0 rounded-l-none")} onClick={copy}>
            Copy link
          </button>
        </div>
        <p role="status" className="mt-1 text-sm">
          {status}
        </p>
      </div>
      {link.length > 300 ? (
        <p className="text-sm">
          This link is long (a long title or instructions), so its QR code is dense: shorten the instructions if it will
          not scan from a projector.
        </p>
      ) : null}
      <div className="grid grid-cols-2 gap-2 sm:flex sm:flex-wrap">
        {canShare ? (
          <button type="button" className={`${secondaryButton} col-span-2`} onClick={share}>
            <ShareIcon />
            Share…
          </button>
        ) : null}
        <button type="button" className={rowButton} onClick={() => onPrint("worksheet")}>
          <PrintIcon />
          <span>
            <span className="sr-only">Print </span>Worksheet
          </span>
        </button>
        <button type="button" className={rowButton} onClick={() => onPrint("key")}>
          <PrintIcon />
          <span>
            <span className="sr-only">Print </span>Answer key
          </span>
        </button>
      </div>
      <QrCode text={link} label={`QR code of the link to ${assignment.title || "the assignment"}`} />
      {assignment.inbox ? (
        <div className="border-t border-line pt-3">
          <TeacherLinkPanel assignmentId={assignment.id} assignmentCode={assignment.code} title={assignment.title} />
        </div>
      ) : null}
    </section>
  );
}
