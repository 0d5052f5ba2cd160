"use client";

import { useState } from "react";
import { secondaryButton } from "@/components/ui/styles";

/** Copies text to the clipboard and says so in a live region; says what to do when the browser refuses. */
export function CopyButton({ text, label, onCopied }: { text: string; label: string; onCopied?: () => void }) {
  const [status, setStatus] = useState("");
  // "Copied." belongs to the text that was copied: a new link clears it.
  const [copiedText, setCopiedText] = useState(text);
  if (copiedText !== text) {
    setCopiedText(text);
    setStatus("");
  }
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setStatus("Copied.");
      onCopied?.();
    } catch {
      setStatus("Copying is blocked here: select the text and copy it yourself.");
    }
  };
  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      <button type="button" className={secondaryButton} onClick={copy}>
        {label}
      </button>
      <span role="status" className="text-sm">
        {status}
      </span>
    </span>
  );
}
