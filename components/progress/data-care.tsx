"use client";

import { BackupPanel } from "./backup-panel";
import { SyncPanel } from "./sync-panel";

/** The bottom of /progress: keeping progress on other devices, and backup files. Loaded once the page is idle. */
export function DataCare() {
  return (
    <>
      <SyncPanel />
      <BackupPanel />
    </>
  );
}
