"use client";

// Sync after a save, on any page, when this device has a sync link: the saving adapter (./persist/adapter) loads this
// file only then, so pages without sync fetch nothing. Saves come in bursts (a quiz answer saves the attempt and the
// history): one sync a few seconds after the last.
const DEBOUNCE_MS = 3_000;
let timer: ReturnType<typeof setTimeout> | undefined;

export function syncSoon(): void {
  clearTimeout(timer);
  // A failure here is quiet: the next save, or opening /progress, tries again.
  timer = setTimeout(() => void import("./sync").then((m) => m.syncNow()).catch(() => undefined), DEBOUNCE_MS);
}
