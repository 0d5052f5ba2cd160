"use client";

import { EXPORT_FORMAT_IDS, EXPORT_FORMATS } from "@/core/export/formats";
import { ExportButton } from "./export-button";

/** Downloads of one assignment's questions, in the formats learning platforms import. Loaded when an assignment is open. */
export function AssignmentExport({ questionIds, title }: { questionIds: string[]; title: string }) {
  const formats = EXPORT_FORMAT_IDS.filter((id) => EXPORT_FORMATS[id].of === "questions");
  return (
    <section aria-labelledby="assignment-export-h" className="no-print space-y-3">
      <h2 id="assignment-export-h" className="text-xl font-semibold">
        Export this assignment
      </h2>
      <p className="max-w-prose">
        Its {questionIds.length} question{questionIds.length === 1 ? "" : "s"}, for your learning platform. Moodle XML
        (any Moodle since 4.0) and GIFT (ordering needs Moodle 4.4) hold every question; Canvas leaves ordering
        questions out.
      </p>
      <div className="grid items-start gap-4 sm:grid-cols-3">
        {formats.map((id) => (
          <ExportButton key={id} format={id} label={EXPORT_FORMATS[id].label} scope={{ questionIds, title }} />
        ))}
      </div>
    </section>
  );
}
