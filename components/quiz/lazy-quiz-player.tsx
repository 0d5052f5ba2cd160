"use client";

import { useEffect } from "react";
import { preloadable } from "@/components/ui/preloadable";

// The player (question controls, feedback, exam timer) is only needed once a quiz starts, so it is not part of the
// page's first JavaScript: it is fetched in the background while the learner reads the setup or the intro.
export const LazyQuizPlayer = preloadable(
  () => import("./quiz-player").then((m) => m.QuizPlayer),
  "Loading the questions…",
);

/** Fetches the player ahead of Start, so starting feels instant. */
export function usePreloadQuizPlayer() {
  useEffect(() => {
    LazyQuizPlayer.preload().catch(() => undefined);
  }, []);
}
