"use client";

import { lazy, Suspense, useEffect, useState } from "react";
import { quarantinedKeys, requestPersistentStorage, storageAvailable } from "@/lib/storage";
import { useStorageStatus } from "@/stores/storage-status";
import { whenIdle } from "@/components/ui/use-idle";

// The notice itself (and the download of set-aside data) is loaded only when there is trouble to report: every page
// carries this banner, and it is empty almost always.
const StorageNotice = lazy(() => import("./storage-notice").then((m) => ({ default: m.StorageNotice })));

/** A polite notice of storage trouble, in plain words, with a safe way out (download what was set aside, reload). */
export function StorageBanner() {
  const problems = useStorageStatus((s) => s.problems);
  const report = useStorageStatus((s) => s.report);
  const setPersistence = useStorageStatus((s) => s.setPersistence);
  const [setAside, setSetAside] = useState<string[]>([]);

  // Checked once the page is idle, after its first paint: neither the probe nor the request changes what it shows.
  useEffect(
    () =>
      whenIdle(() => {
        if (!storageAvailable()) report({ kind: "unavailable" });
        else void requestPersistentStorage().then(setPersistence);
      }),
    [report, setPersistence],
  );

  // Data set aside earlier stays on offer after reloads until the learner deletes it.
  const corruptKeys = problems.flatMap((p) => (p.kind === "corrupt" ? [p.quarantineKey] : []));
  const corruptSignature = corruptKeys.join("|");
  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- storage is only readable after hydration
    setSetAside([...new Set([...quarantinedKeys(), ...corruptSignature.split("|").filter(Boolean)])]);
  }, [corruptSignature]);

  // One line per kind of trouble: a full store is one message, however many stores failed to save.
  const others = problems.filter((p, i) => p.kind !== "corrupt" && problems.findIndex((q) => q.kind === p.kind) === i);
  const visible = others.length > 0 || setAside.length > 0;

  return (
    <div role="status" aria-live="polite" className="no-print">
      {visible ? (
        <Suspense fallback={null}>
          <StorageNotice others={others} setAside={setAside} onDeleted={() => setSetAside(quarantinedKeys())} />
        </Suspense>
      ) : null}
    </div>
  );
}
