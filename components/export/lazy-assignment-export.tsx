"use client";

import { preloadable } from "@/components/ui/preloadable";

/** The assignment's export buttons, fetched only when an assignment is open, so /teach's first load stays as it was. */
export const LazyAssignmentExport = preloadable(
  () => import("./assignment-export").then((m) => m.AssignmentExport),
  "Loading the export…",
);
