"use client";

import { useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { Notice } from "@/components/ui/notice";
import { QrCode } from "@/components/ui/qr-code";
import { ReadOnlyField } from "@/components/ui/read-only-field";
import { buttonClass } from "@/components/ui/button";
import { secondaryButton } from "@/components/ui/styles";
import { encodeTeacherLink, teacherLinkHref } from "@/core/inbox/teacher-link";
import { replaceKey } from "@/lib/inbox-client";
import { useInboxStore } from "@/stores/inbox-store";

/** A mailto: link that puts the teacher link in a message to oneself (no address: the mail app asks for it). */
function mailToSelf(title: string, href: string): string {
  const subject = `Debrief teacher link: ${title}`;
  const body = `The teacher link for “${title}”. Open it on any device to see its results.\nWhoever has this link can read and delete the results: do not forward it.\n\n${href}\n`;
  return `mailto:?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
}

/**
 * The teacher link of one collecting assignment: the inbox's address, id and key with the assignment, to open its
 * gradebook on any device. Copy, e-mail to oneself, QR code (drawn on request); on /teach/results also "Replace".
 */
export function TeacherLinkPanel({
  assignmentId,
  assignmentCode,
  title,
  canReplace = false,
  headingLevel = 3,
}: {
  assignmentId: string;
  assignmentCode: string;
  title: string;
  canReplace?: boolean;
  headingLevel?: 2 | 3;
}) {
  const inbox = useInboxStore((s) => s.inboxes[assignmentId]);
  const [qr, setQr] = useState(false);
  const [message, setMessage] = useState<{ tone: "success" | "error"; text: string } | null>(null);
  const [busy, setBusy] = useState(false);
  if (!inbox) return null;
  const code = encodeTeacherLink({ url: inbox.url, inboxId: inbox.id, key: inbox.secretKey, assignmentCode });
  if (!code) return null;
  const href = teacherLinkHref(window.location.origin, code);
  const name = title || "Untitled assignment";
  const Heading = headingLevel === 2 ? "h2" : "h3";

  const replace = async () => {
    if (
      !window.confirm(
        `Replace the teacher link for “${name}”? The old link stops working at once, on every device that has it.`,
      )
    )
      return;
    setBusy(true);
    const res = await replaceKey(inbox.url, inbox.id, inbox.secretKey);
    setBusy(false);
    if (res.ok) {
      useInboxStore.getState().saveInbox({ ...inbox, secretKey: res.body.key });
      setQr(false);
      setMessage({
        tone: "success",
        text: "The teacher link is replaced: the old one no longer works. Copy or e-mail yourself the new one below.",
      });
    } else
      setMessage({
        tone: "error",
        text:
          res.status === 401
            ? "The key in this browser no longer works: the teacher link was replaced on another device. Open the newest teacher link here."
            : res.message,
      });
  };

  return (
    <section aria-label={`Teacher link for ${name}`} className="no-print min-w-0 space-y-3">
      <Heading className="text-lg font-semibold">Your teacher link (private)</Heading>
      <p>
        Open this link on any device (at home, on another computer) to see the results of “{name}”.{" "}
        <strong>Whoever has this link can read and delete the results.</strong> Keep it to yourself: do not send it to
        students.
      </p>
      <ReadOnlyField label={`Teacher link for “${name}”`} value={href} />
      <div className="flex flex-wrap items-center gap-2">
        <CopyButton text={href} label="Copy teacher link" />
        <a className={secondaryButton} href={mailToSelf(name, href)}>
          E-mail it to yourself
        </a>
        <button type="button" className={secondaryButton} aria-expanded={qr} onClick={() => setQr((v) => !v)}>
          {qr ? "Hide QR code" : "Show QR code"}
        </button>
        {canReplace ? (
          <button type="button" className={buttonClass("danger", "sm")} disabled={busy} onClick={() => void replace()}>
            Replace the teacher link
          </button>
        ) : null}
      </div>
      {message ? (
        <Notice role={message.tone === "error" ? "alert" : "status"} tone={message.tone}>
          {message.text}
        </Notice>
      ) : null}
      {qr ? <QrCode text={href} label={`QR code of the teacher link for ${name}`} /> : null}
    </section>
  );
}
