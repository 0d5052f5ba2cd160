"use client";

import { useState } from "react";
import { encodeQuizLink } from "@/core/quiz/link";
import type { QuizSettings } from "@/core/quiz/types";
import { Button } from "@/components/ui/button";
import { input } from "@/components/ui/styles";

/** The link that gives anyone these same settings and questions, with a copy button (inside "Share these settings"). */
export function QuizLinkBox({ settings, seed }: { settings: QuizSettings; seed: number }) {
  const [copied, setCopied] = useState("");
  const linkText =
    typeof window === "undefined" ? "" : `${window.location.origin}/quiz/?${encodeQuizLink(settings, seed)}`;
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(linkText);
      setCopied("Link copied. Anyone who opens it gets these same questions.");
    } catch {
      setCopied("Copying is blocked here: select the link above and copy it yourself.");
    }
  };
  return (
    <>
      <p className="mt-2 text-sm text-muted">
        The link holds the settings above and this exact set of questions, so whoever opens it gets the same questions
        in the same order (links ignore your own history).
      </p>
      <label htmlFor="quiz-link" className="sr-only">
        Quiz link
      </label>
      <input
        id="quiz-link"
        readOnly
        value={linkText}
        onFocus={(e) => e.target.select()}
        className={`${input} font-mono text-sm`}
      />
      <Button variant="secondary" className="mt-2" onClick={copy}>
        Copy quiz link
      </Button>
      <p aria-live="polite" className="mt-1 text-sm">
        {copied}
      </p>
    </>
  );
}
