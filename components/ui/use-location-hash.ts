"use client";

import { useEffect, useState } from "react";

/** The address fragment without "#", read after hydration and again when it changes; null before the first read. */
export function useLocationHash(): string | null {
  const [hash, setHash] = useState<string | null>(null);
  useEffect(() => {
    const read = () => setHash(window.location.hash.replace(/^#/, ""));
    read();
    window.addEventListener("hashchange", read);
    return () => window.removeEventListener("hashchange", read);
  }, []);
  return hash;
}
