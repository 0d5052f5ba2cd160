"use client";

import { useState } from "react";
import type { QuizSettings } from "@/core/quiz/types";
import { preloadable } from "@/components/ui/preloadable";

// The link and its copy button are only seen once "Share these settings" is opened: their code loads then (fetched
// ahead when the pointer or focus reaches the summary).
const LazyQuizLinkBox = preloadable(() => import("./quiz-link-box").then((m) => m.QuizLinkBox), "Loading the link…");
const preload = () => void LazyQuizLinkBox.preload().catch(() => undefined);

/** "Share these settings": opens to the link that gives anyone these same settings and questions. */
export function ShareQuizLink({ settings, seed }: { settings: QuizSettings; seed: number }) {
  const [open, setOpen] = useState(false);
  return (
    <details
      className="rounded-card border border-line bg-surface p-4 shadow-card"
      onToggle={(e) => setOpen(e.currentTarget.open)}
    >
      <summary className="cursor-pointer font-bold" onPointerEnter={preload} onFocus={preload}>
        Share these settings
      </summary>
      {open ? <LazyQuizLinkBox settings={settings} seed={seed} /> : null}
    </details>
  );
}
