"use client";

import { useEffect, useState } from "react";
import { readItem, STORAGE_KEYS } from "@/lib/storage";
import { preloadable } from "@/components/ui/preloadable";

const InboxSync = preloadable(() => import("./inbox-sync").then((m) => m.InboxSync));

/** True once this browser has saved inbox data (an inbox made, a server named): before that there is nothing to sync. */
const hasInboxData = () => readItem(STORAGE_KEYS.inbox) !== null;

/**
 * The results page's inbox panel, loaded (with the inbox client and store) only when this browser has inbox data; an
 * inbox made in another tab while the page is open brings it in too.
 */
export function LazyInboxSync({
  added = false,
}: {
  /** An inbox was just added on this page (a teacher link). */ added?: boolean;
}) {
  const [wanted, setWanted] = useState(false);
  useEffect(() => {
    const check = () => {
      if (hasInboxData()) setWanted(true);
    };
    check();
    window.addEventListener("storage", check);
    return () => window.removeEventListener("storage", check);
  }, []);
  return wanted || added ? <InboxSync /> : null;
}
