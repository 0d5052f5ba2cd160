"use client";

import { useEffect, useState } from "react";
import { MoonIcon, SunIcon } from "@/components/ui/theme-icons";
import { readItem, STORAGE_KEYS, writeItem, removeItem } from "@/lib/storage";

type Theme = "light" | "dark";

const systemTheme = (): Theme => (window.matchMedia("(prefers-color-scheme: dark)").matches ? "dark" : "light");

/** The theme on screen: the one chosen in this browser, else the system's. */
function shownTheme(): Theme {
  const saved = readItem(STORAGE_KEYS.theme);
  return saved === "light" || saved === "dark" ? saved : systemTheme();
}

function apply(theme: Theme) {
  document.documentElement.classList.toggle("dark", theme === "dark");
}

/**
 * Switches between the light and dark theme, and says which one a click gives. Choosing the system's own theme
 * forgets the choice, so the page follows the system again.
 */
export function ThemeToggle() {
  const [theme, setTheme] = useState<Theme | null>(null);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read the stored choice once after hydration
    setTheme(shownTheme());
    const sync = () => {
      const t = shownTheme();
      setTheme(t);
      apply(t);
    };
    const media = window.matchMedia("(prefers-color-scheme: dark)");
    media.addEventListener("change", sync);
    const onStorage = (e: StorageEvent) => {
      if (e.key === STORAGE_KEYS.theme) sync();
    };
    window.addEventListener("storage", onStorage);
    return () => {
      media.removeEventListener("change", sync);
      window.removeEventListener("storage", onStorage);
    };
  }, []);

  const current = theme ?? "light";
  const next: Theme = current === "dark" ? "light" : "dark";
  const toggle = () => {
    if (next === systemTheme()) removeItem(STORAGE_KEYS.theme);
    else writeItem(STORAGE_KEYS.theme, next);
    setTheme(next);
    apply(next);
  };
  const Icon = next === "dark" ? MoonIcon : SunIcon;

  return (
    <button
      type="button"
      onClick={toggle}
      className="inline-flex min-h-11 min-w-11 items-center justify-center gap-1.5 rounded-control border border-line-strong px-2.5 text-sm font-medium hover:bg-surface-2"
      aria-label={`Colour theme: ${current}. Switch to the ${next} theme`}
      title={`Switch to the ${next} theme`}
      data-theme-choice={current}
    >
      <Icon className="h-5 w-5" />
      <span aria-hidden="true" className="hidden sm:inline">
        {next === "dark" ? "Dark theme" : "Light theme"}
      </span>
    </button>
  );
}
