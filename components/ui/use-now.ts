"use client";

import { useSyncExternalStore } from "react";

// One clock for every screen: read when a component first subscribes and every half minute after, so "due now",
// "next due" and streaks stay true while a page is open.
let time = 0;

function subscribe(onChange: () => void): () => void {
  time = Date.now(); // a screen opened after a long pause reads the time again (React redraws it if it moved)
  const id = setInterval(() => {
    time = Date.now();
    onChange();
  }, 30_000);
  return () => clearInterval(id);
}

const clientTime = () => time || (time = Date.now());

/**
 * The current time. Null only while server HTML is hydrated, so server and client agree; a component first drawn on
 * the client (after its store has loaded, say) gets the time at once.
 */
export function useNow(): number | null {
  return useSyncExternalStore(subscribe, clientTime, () => null);
}
