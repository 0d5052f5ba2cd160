"use client";

import { lazy, Suspense } from "react";
import { useIdle } from "@/components/ui/use-idle";

// Production builds only. Installing the service worker downloads the whole app for offline use: it waits until the
// page the learner opened is idle, and so does its code, which every page would otherwise carry in its first load.
const ServiceWorkerUpdate = lazy(() =>
  import("./service-worker-update").then((m) => ({ default: m.ServiceWorkerUpdate })),
);

/** Makes the app work offline and offers to reload when a new version is ready (see ServiceWorkerUpdate). */
export function UpdatePrompt() {
  const idle = useIdle();
  if (!idle || process.env.NODE_ENV !== "production") return null;
  return (
    <Suspense fallback={null}>
      <ServiceWorkerUpdate />
    </Suspense>
  );
}
