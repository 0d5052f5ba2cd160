"use client";

import { useEffect, useState, type ReactNode } from "react";
import { ReadOnlyField } from "@/components/ui/read-only-field";
import { CopyButton } from "@/components/ui/copy-button";
import { QrCode } from "@/components/ui/qr-code";
import { secondaryButton } from "@/components/ui/styles";
import { useStudentStore, type HandedIn, type SentVia } from "@/stores/student-store";

/**
 * The result to send: the send actions first (the inbox's, when the assignment has one; e-mail; the share sheet;
 * copy), then the link and code themselves and a QR code. Every send action marks the result as sent.
 */
export function HandIn({
  item,
  name,
  teacherEmail,
  headingLevel = "h2",
  heading = "Send your result to your teacher",
  sendFirst,
}: {
  item: HandedIn;
  name: string;
  teacherEmail: string;
  headingLevel?: "h2" | "h3";
  heading?: string;
  /** A send action placed before the others (the result inbox's "Send to your teacher"). */
  sendFirst?: ReactNode;
}) {
  const { code, title } = item;
  const markSent = useStudentStore((s) => s.markSent);
  const sent = (via: SentVia) => markSent(code, via, Date.now());
  const [link, setLink] = useState("");
  const [canShare, setCanShare] = useState(false);
  useEffect(() => {
    // The origin is only known in the browser; the export is prerendered without it.
    /* eslint-disable react-hooks/set-state-in-effect */
    setLink(`${window.location.origin}/teach/results/#${code}`);
    setCanShare(typeof navigator.share === "function");
    /* eslint-enable react-hooks/set-state-in-effect */
  }, [code]);
  const subject = `Result: ${title || "assignment"}${name ? ` (${name})` : ""}`;
  const body = `My result for “${title || "the assignment"}”:\n\n${link}\n\nResult code: ${code}\n`;
  const mailto = `mailto:${encodeURIComponent(teacherEmail)}?subject=${encodeURIComponent(subject)}&body=${encodeURIComponent(body)}`;
  const Heading = headingLevel;
  const headingId = `handin-${code.slice(0, 12)}`;

  return (
    <section
      aria-labelledby={headingId}
      className="min-w-0 space-y-3 rounded-lg border-2 border-brand-600 p-4 dark:border-brand-300"
    >
      <Heading id={headingId} className="text-xl font-semibold">
        {heading}
      </Heading>
      <div className="flex flex-wrap gap-2">
        {sendFirst}
        {teacherEmail ? (
          <a className={secondaryButton} href={mailto} onClick={() => sent("email")}>
            Send by e-mail
          </a>
        ) : null}
        {canShare ? (
          <button
            type="button"
            className={secondaryButton}
            onClick={() =>
              navigator
                .share({ title: subject, text: body, url: link })
                .then(() => sent("share"))
                .catch(() => undefined)
            }
          >
            Share…
          </button>
        ) : null}
        <CopyButton text={link} label="Copy link" onCopied={() => sent("copy")} />
      </div>
      <p>
        Or send the link or the code below any other way (a message, your class&apos;s platform). They stay in this
        browser, so you can send them again later.
      </p>
      <ReadOnlyField label="Result link" value={link} />
      <label className="block">
        Result code
        <textarea
          readOnly
          rows={3}
          value={code}
          className="mt-1 block w-full break-all rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
          onFocus={(e) => e.currentTarget.select()}
        />
      </label>
      <CopyButton text={code} label="Copy code" onCopied={() => sent("copy")} />
      {link ? <QrCode text={link} label="QR code of the link to your result" /> : null}
    </section>
  );
}
