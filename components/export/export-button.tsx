"use client";

import { useState } from "react";
import type { ExportFormat, ExportScope } from "@/core/export";
import { secondaryButton } from "@/components/ui/styles";

type Status =
  { kind: "idle" } | { kind: "busy" } | { kind: "done"; fileName: string; howTo: string } | { kind: "error" };

/** One "Download" button for one export format; the export code is fetched on the first click. */
export function ExportButton({
  format,
  label,
  scope = {},
}: {
  format: ExportFormat;
  label: string;
  scope?: ExportScope;
}) {
  const [status, setStatus] = useState<Status>({ kind: "idle" });
  const run = async () => {
    setStatus({ kind: "busy" });
    try {
      const { downloadExport } = await import("./download-export");
      setStatus({ kind: "done", ...(await downloadExport(format, scope)) });
    } catch {
      setStatus({ kind: "error" });
    }
  };
  return (
    <div className="space-y-2">
      <button type="button" className={secondaryButton} disabled={status.kind === "busy"} onClick={() => void run()}>
        Download {label}
      </button>
      <p role="status" className="text-sm empty:hidden">
        {status.kind === "busy"
          ? `Preparing the ${label} file…`
          : status.kind === "done"
            ? `Saved ${status.fileName}. ${status.howTo}`
            : null}
      </p>
      {status.kind === "error" ? (
        <p role="alert" className="text-sm text-red-800 dark:text-red-300">
          The {label} file could not be made: the questions did not load. Check your connection and try again.
        </p>
      ) : null}
    </div>
  );
}
