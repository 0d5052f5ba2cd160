"use client";

import type { Assignment } from "@/core/assignment/assignment-code";
import { CopyButton } from "./copy-button";
import { QrCode } from "./qr-code";
import { secondaryButton } from "./styles";

/** The address of an assignment on this site. */
export function assignmentLink(code: string): string {
  return `${window.location.origin}/assignment/#${code}`;
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
      className="no-print space-y-3 rounded-lg border-2 border-brand-600 p-4 dark:border-brand-300"
    >
      <h2 id="share-h" className="text-xl font-semibold">
        Link for “{assignment.title || "Untitled assignment"}”
      </h2>
      <label className="block">
        Send this link to your students ({link.length} characters)
        <input
          readOnly
          value={link}
          className="mt-1 block w-full rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
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
    </section>
  );
}
