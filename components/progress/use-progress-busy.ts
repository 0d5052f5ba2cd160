"use client";

import { useLayoutEffect } from "react";
import { progressBusy, PROGRESS_BUSY_ATTRIBUTE } from "@/components/ui/first-paint-rule";

function readSaved(key: string): string | null {
  return window.localStorage.getItem(key);
}

/**
 * Sets the attribute that picks what /progress shows until the learner's data is read (app/globals.css): the new
 * visitor's dashboard, or a loading line when the first-paint rule finds saved progress. The page's inline script sets
 * it before the first paint; this sets it again before each paint when the page is reached from another page of the
 * app.
 */
export function useProgressBusyAttribute(): void {
  useLayoutEffect(() => {
    document.documentElement.toggleAttribute(PROGRESS_BUSY_ATTRIBUTE, progressBusy(readSaved, window.location.search));
  }, []);
}
