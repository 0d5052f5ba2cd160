"use client";

import { useEffect } from "react";
import { preloadable } from "@/components/ui/preloadable";
import { whenIdle } from "@/components/ui/use-idle";

// The player (question controls, feedback, exam timer, the way out) is only needed once the student starts, so it is
// not part of the page's first JavaScript: it is fetched in the background while the student reads the intro.
export const LazyAssignmentPlayer = preloadable(
  () => import("./assignment-player").then((m) => m.AssignmentPlayer),
  "Loading the questions…",
);

/** Fetches the player ahead of Start, once the page is idle, so starting feels instant. */
export function usePreloadAssignmentPlayer() {
  useEffect(() => whenIdle(() => void LazyAssignmentPlayer.preload().catch(() => undefined)), []);
}
