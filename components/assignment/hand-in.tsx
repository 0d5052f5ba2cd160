"use client";

import { ReadOnlyField } from "@/components/ui/read-only-field";
import { useEffect, useState } from "react";
import { CopyButton } from "@/components/ui/copy-button";
import { QrCode } from "@/components/ui/qr-code";
import { secondaryButton } from "@/components/ui/styles";

/** The result to hand in: its code and link, with Copy, e-mail, the share sheet and a QR code. */
export function HandIn({
  code,
  title,
  name,
  teacherEmail,
}: {
  code: string;
  title: string;
  name: string;
  teacherEmail: string;
}) {
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

  return (
    <section
      aria-labelledby="handin-h"
      className="space-y-3 rounded-lg border-2 border-brand-600 p-4 dark:border-brand-300"
    >
      <h2 id="handin-h" className="text-xl font-semibold">
        Hand in your result
      </h2>
      <p>Send this link (or the code) to your teacher. It stays in this browser, so you can send it again later.</p>
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
      <div className="flex flex-wrap gap-2">
        <CopyButton text={link} label="Copy link" />
        <CopyButton text={code} label="Copy code" />
        {teacherEmail ? (
          <a className={secondaryButton} href={mailto}>
            Send by e-mail
          </a>
        ) : null}
        {canShare ? (
          <button
            type="button"
            className={secondaryButton}
            onClick={() => navigator.share({ title: subject, text: body, url: link }).catch(() => undefined)}
          >
            Share…
          </button>
        ) : null}
      </div>
      {link ? <QrCode text={link} label="QR code of the link to your result" /> : null}
    </section>
  );
}
