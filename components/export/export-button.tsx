"use client";

import { useState } from "react";
import type { ExportFormat, ExportScope } from "@/core/export";
import { Button } from "@/components/ui/button";

type Status =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "done"; fileName: string; howTo: string }
  | { kind: "error"; message?: string };

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
    } catch (error) {
      // A failure the export explains itself (the Anki engine could not be fetched) carries its own words.
      setStatus({ kind: "error", message: (error as { userMessage?: string } | undefined)?.userMessage });
    }
  };
  return (
    <div className="space-y-2">
      <Button variant="secondary" disabled={status.kind === "busy"} onClick={() => void run()}>
        Download {label}
      </Button>
      <p role="status" className="text-sm empty:hidden">
        {status.kind === "busy"
          ? `Preparing the ${label} file…`
          : status.kind === "done"
            ? `Saved ${status.fileName}. ${status.howTo}`
            : null}
      </p>
      {status.kind === "error" ? (
        <p role="alert" className="text-sm text-wrong">
          {status.message ??
            `The ${label} file could not be made: the questions did not load. Check your connection and try again.`}
        </p>
      ) : null}
    </div>
  );
}
