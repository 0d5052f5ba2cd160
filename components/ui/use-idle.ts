"use client";

import { useEffect, useState } from "react";

/**
 * Runs `task` once the browser is idle after the page has shown its content (at most `timeoutMs` later; where there is
 * no requestIdleCallback, Safari, after 200 ms). For work the first screen does not need, such as fetching code ahead
 * of a click: started during load, it competes with what the page is drawing.
 */
export function whenIdle(task: () => void, timeoutMs = 2000): () => void {
  if (typeof requestIdleCallback === "function") {
    const id = requestIdleCallback(task, { timeout: timeoutMs });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(task, 200);
  return () => clearTimeout(id);
}

/** False until the browser is first idle after mount (see whenIdle), then true. */
export function useIdle(timeoutMs = 2000): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => whenIdle(() => setIdle(true), timeoutMs), [timeoutMs]);
  return idle;
}
