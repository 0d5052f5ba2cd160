import type { PersistStorage, StorageValue } from "zustand/middleware";

/**
 * Wraps a persist storage so that saving (the adapter reads, checks and merges what is stored, then writes the
 * whole quiz history as JSON) runs just after the next frame is painted, not inside the click that changed the
 * state: the learner sees the feedback first. Several changes in one frame are saved once, with the latest state.
 * Nothing is lost: a pending save is written before any read, and when the page is hidden or left.
 */
export function saveAfterPaint<D>(storage: PersistStorage<D>): PersistStorage<D> {
  let pending: { name: string; value: StorageValue<D> } | null = null;
  const flush = () => {
    if (!pending) return;
    const { name, value } = pending;
    pending = null;
    void storage.setItem(name, value);
  };
  if (typeof window !== "undefined") {
    window.addEventListener("pagehide", flush);
    document.addEventListener("visibilitychange", flush);
  }
  // When the browser is next idle (at most 500 ms away), so after the frame with the change is painted. Where there is
  // no requestIdleCallback (Safari), after the next frame; a hidden page paints no frames, so it saves at once.
  const schedule = () => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(flush, { timeout: 500 });
    else if (document.hidden) setTimeout(flush, 0);
    else requestAnimationFrame(() => requestAnimationFrame(flush));
  };
  return {
    getItem: (name) => {
      flush();
      return storage.getItem(name);
    },
    setItem: (name, value) => {
      if (!pending) schedule();
      pending = { name, value };
    },
    removeItem: (name) => {
      pending = null;
      return storage.removeItem(name);
    },
  };
}
