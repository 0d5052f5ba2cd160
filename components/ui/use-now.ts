"use client";

import { useSyncExternalStore } from "react";

// One clock for every screen: the time is read when a component first subscribes and every half minute after, so
// "due now", "next due" and streaks stay true while a page is open.
const TICK_MS = 30_000;
let time = 0;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

function tick() {
  time = Date.now();
  for (const l of listeners) l();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // A screen that opens after a long pause reads the time again (React re-renders it if it moved).
  time = Date.now();
  timer ??= setInterval(tick, TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size === 0) {
      clearInterval(timer);
      timer = undefined;
    }
  };
}

function clientTime(): number {
  if (time === 0) time = Date.now();
  return time;
}

/**
 * The current time, refreshed every half minute. Null only while server HTML is hydrated, so server and client
 * agree; a component first drawn on the client (after its store has loaded, say) gets the time at once.
 */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, clientTime, () => null);
}
