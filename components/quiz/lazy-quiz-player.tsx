"use client";

import { useEffect } from "react";
import { preloadable } from "@/components/ui/preloadable";
import { whenIdle } from "@/components/ui/use-idle";

// The player (question controls, feedback, exam timer) is only needed once a quiz starts, so it is not part of the
// page's first JavaScript: it is fetched in the background while the learner reads the setup. On /quiz it comes with
// the quiz engine (generator, scorer: stores/quiz-actions) wired to the quiz store.
export const LazyQuizSession = preloadable(
  () => import("./quiz-session").then((m) => m.QuizSession),
  "Loading the questions…",
);

/** The quiz engine's actions, fetched on demand (already here once the session is preloaded). */
export const loadQuizActions = () => import("@/stores/quiz-actions");

/** Fetches the session and the quiz engine ahead of Start, once the page is idle, so starting feels instant. */
export function usePreloadQuizSession() {
  useEffect(
    () =>
      whenIdle(() => {
        LazyQuizSession.preload().catch(() => undefined);
        loadQuizActions().catch(() => undefined);
      }),
    [],
  );
}
