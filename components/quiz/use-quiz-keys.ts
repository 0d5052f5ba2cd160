"use client";

import { useEffect } from "react";

/** Fields that keep their own keys: typing a 1 in a text box must not pick option 1. */
const isTextEntry = (el: EventTarget | null) =>
  el instanceof HTMLElement &&
  (el.tagName === "TEXTAREA" ||
    el.isContentEditable ||
    (el.tagName === "INPUT" && !["radio", "checkbox"].includes((el as HTMLInputElement).type)));

/**
 * The quiz's keys: Enter does the main action (also from a matching dropdown, as the hint says), 1 to 6 pick an
 * option. Buttons and links keep their own Enter.
 */
export function useQuizKeys({
  enabled,
  onPrimary,
  onNumber,
}: {
  enabled: boolean;
  onPrimary: () => void;
  /** Number key `n` (0-based); returns true when it did something. */
  onNumber: (n: number) => boolean;
}) {
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.defaultPrevented || e.isComposing) return;
      const target = e.target as HTMLElement | null;
      if (e.key === "Enter") {
        if (isTextEntry(target) || target?.closest("button, a, summary")) return;
        e.preventDefault();
        onPrimary();
        return;
      }
      if (/^[1-6]$/.test(e.key) && !isTextEntry(target) && target?.tagName !== "SELECT" && onNumber(Number(e.key) - 1))
        e.preventDefault();
    };
    document.addEventListener("keydown", onKey);
    return () => document.removeEventListener("keydown", onKey);
  }, [enabled, onPrimary, onNumber]);
}
