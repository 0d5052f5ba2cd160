"use client";

import { useEffect, useState } from "react";
import { readItem, STORAGE_KEYS, writeItem, removeItem } from "@/lib/storage";

type ThemeChoice = "system" | "light" | "dark";
const NEXT: Record<ThemeChoice, ThemeChoice> = { system: "light", light: "dark", dark: "system" };
const LABEL: Record<ThemeChoice, string> = { system: "System", light: "Light", dark: "Dark" };

function apply(choice: ThemeChoice) {
  const dark = choice === "dark" || (choice === "system" && window.matchMedia("(prefers-color-scheme: dark)").matches);
  document.documentElement.classList.toggle("dark", dark);
}

function readChoice(): ThemeChoice {
  const saved = readItem(STORAGE_KEYS.theme);
  return saved === "light" || saved === "dark" ? saved : "system";
}

/** Cycles the colour theme: follow the system, light, dark. The choice is remembered in this browser. */
export function ThemeToggle() {
  const [choice, setChoice] = useState<ThemeChoice | null>(null);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read the stored choice once after hydration
    setChoice(readChoice());
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    const onChange = () => apply(readChoice());
    media.addEventListener("change", onChange);
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORAGE_KEYS.theme) {
        setChoice(readChoice());
        apply(readChoice());
      }
    };
    window.addEventListener("storage", onStorage);
    return () => {
      media.removeEventListener("change", onChange);
      window.removeEventListener("storage", onStorage);
    };
  }, []);

  const current = choice ?? "system";
  const cycle = () => {
    const next = NEXT[current];
    if (next === "system") removeItem(STORAGE_KEYS.theme);
    else writeItem(STORAGE_KEYS.theme, next);
    setChoice(next);
    apply(next);
  };

  return (
    <button
      type="button"
      onClick={cycle}
      className="rounded-md border border-slate-300 px-2.5 py-1.5 text-sm font-medium hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
      aria-label={`Colour theme: ${LABEL[current]}. Change theme`}
      data-theme-choice={current}
    >
      <span aria-hidden="true">Theme: {LABEL[current]}</span>
    </button>
  );
}
