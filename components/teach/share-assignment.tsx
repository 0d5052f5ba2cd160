"use client";

import { ReadOnlyField } from "@/components/ui/read-only-field";
import type { Assignment } from "@/core/assignment/assignment-code";
import { CopyButton } from "@/components/ui/copy-button";
import { QrCode } from "@/components/ui/qr-code";
import { secondaryButton } from "@/components/ui/styles";
import { preloadable } from "@/components/ui/preloadable";

const TeacherLinkPanel = preloadable(
  () => import("@/components/inbox/teacher-link-panel").then((m) => m.TeacherLinkPanel),
  "Loading the teacher link…",
);

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

/** The link to send, with Copy, a QR code and print buttons. */
export function ShareAssignment({
  assignment,
  onPrint,
}: {
  assignment: Assignment;
  onPrint: (kind: "worksheet" | "key") => void;
}) {
  const link = assignmentLink(assignment.code);
  return (
    <section
      aria-labelledby="share-h"
      className="no-print min-w-0 space-y-3 rounded-lg border-2 border-brand-600 p-4 dark:border-brand-300"
    >
      {/* Focused when it appears, so the teacher is taken to the link they just made. */}
      <h2 id="share-h" className="break-words text-xl font-semibold" tabIndex={-1} ref={showAtTop}>
        Link for “{assignment.title || "Untitled assignment"}”
      </h2>
      <ReadOnlyField label={`Send this link to your students (${link.length} characters)`} value={link} />
      {link.length > 300 ? (
        <p className="text-sm">
          This link is long (a long title or instructions), so its QR code is dense: shorten the instructions if it will
          not scan from a projector.
        </p>
      ) : null}
      <div className="flex flex-wrap gap-2">
        <CopyButton text={link} label="Copy link" />
        <button type="button" className={secondaryButton} onClick={() => onPrint("worksheet")}>
          Print worksheet
        </button>
        <button type="button" className={secondaryButton} onClick={() => onPrint("key")}>
          Print answer key
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
