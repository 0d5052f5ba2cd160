"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Registers the service worker and, when a new version has been downloaded, offers to reload. It never reloads on
 * its own, so a learner mid-quiz is never interrupted. Loaded by UpdatePrompt once the page is idle.
 */
export function ServiceWorkerUpdate() {
  const [waiting, setWaiting] = useState<ServiceWorker | null>(null);
  const asked = useRef(false);

  useEffect(() => {
    if (!("serviceWorker" in navigator)) return;
    let cancelled = false;
    const onControllerChange = () => {
      // Only the tab whose reader chose to update reloads; other tabs keep running the old page.
      if (asked.current) window.location.reload();
    };
    navigator.serviceWorker.addEventListener("controllerchange", onControllerChange);
    const register = () =>
      navigator.serviceWorker
        .register("/sw.js", { scope: "/" })
        .then((reg) => {
          const track = (worker: ServiceWorker | null) => {
            if (!worker) return;
            const check = () => {
              if (!cancelled && worker.state === "installed" && navigator.serviceWorker.controller) setWaiting(worker);
            };
            check();
            worker.addEventListener("statechange", check);
          };
          track(reg.waiting);
          track(reg.installing);
          reg.addEventListener("updatefound", () => track(reg.installing));
        })
        .catch(() => {
          // No offline support in this browser (private mode, blocked): the app still works online.
        });
    void register();
    return () => {
      cancelled = true;
      navigator.serviceWorker.removeEventListener("controllerchange", onControllerChange);
    };
  }, []);

  if (!waiting) return null;
  return (
    <div
      role="status"
      className="no-print fixed inset-x-2 bottom-2 z-40 mx-auto flex max-w-md flex-wrap items-center gap-3 rounded-card border border-line bg-surface p-3 shadow-raised"
    >
      <p className="flex-1 text-sm">A new version of Debrief is ready.</p>
      <button
        type="button"
        className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-600"
        onClick={() => {
          asked.current = true;
          waiting.postMessage({ type: "SKIP_WAITING" });
        }}
      >
        Reload
      </button>
      <button type="button" className="text-sm underline" onClick={() => setWaiting(null)}>
        Later
      </button>
    </div>
  );
}
