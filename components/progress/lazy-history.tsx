"use client";

import { preloadable } from "@/components/ui/preloadable";

// The parts of /progress that only show with progress (the score chart, past attempts, weakest questions): one file,
// fetched when the saved data has any (preloadProgressHistory), so a first visit never loads it.
const load = () => import("./progress-history");

export const LazyAccuracyFigure = preloadable(() => load().then((m) => m.AccuracyFigure), "Loading the chart…");
export const LazyAttemptRows = preloadable(() => load().then((m) => m.AttemptRows), "Loading your attempts…");
export const LazyWeakestList = preloadable(() => load().then((m) => m.WeakestList), "Loading your weakest questions…");

/** Starts fetching them as soon as the saved data says they will show (in parallel with the question bank). */
export function preloadProgressHistory(): void {
  for (const part of [LazyAccuracyFigure, LazyAttemptRows, LazyWeakestList]) part.preload().catch(() => undefined);
}
