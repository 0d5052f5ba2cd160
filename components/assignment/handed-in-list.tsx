"use client";

import { preloadable } from "@/components/ui/preloadable";
import type { HandedIn } from "@/stores/student-store";

// Only a student who has handed in from this browser has a list to show: its code loads then.
const HandedInItems = preloadable(() => import("./handed-in-items").then((m) => m.HandedInItems));

/** Results handed in from this browser, to send again; nothing when there are none. */
export function HandedInList({ items }: { items: HandedIn[] }) {
  return items.length === 0 ? null : <HandedInItems items={items} />;
}
