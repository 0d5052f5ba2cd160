"use client";

import { preloadable } from "@/components/ui/preloadable";

/**
 * The inbox delivery line (with the inbox client, the outbox and its retries), loaded only for a result whose
 * assignment link asks for collection: a student whose teacher collects by link and code never loads it.
 */
export const LazyInboxDelivery = preloadable(
  () => import("./inbox-delivery").then((m) => m.InboxDelivery),
  "Checking your teacher's inbox…",
);
