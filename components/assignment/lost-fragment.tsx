"use client";

import { useEffect, useState } from "react";

/**
 * On the "Page not found" page: an assignment or result link whose "#" was lost (some mail and chat apps drop or
 * encode it) lands here. Says so, and offers the link as it should have been.
 */
export function LostFragment() {
  const [fixed, setFixed] = useState<{ href: string; kind: "assignment" | "result" } | null>(null);
  useEffect(() => {
    const m = /^\/(assignment|teach\/results)\/+(?:%23|#)?([A-Za-z0-9_-]{8,})\/?$/.exec(window.location.pathname);
    if (!m) return;
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setFixed({
      href: `/${m[1]}/#${m[2]}`,
      kind: m[1] === "assignment" ? "assignment" : "result",
    });
  }, []);
  if (!fixed) return null;
  return (
    <div className="mt-4 space-y-2 rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100">
      <p>
        This looks like {fixed.kind === "assignment" ? "an assignment link" : "a student's result link"} that lost its
        “#” on the way (some mail and chat apps remove it).
      </p>
      <p>
        <a className="font-semibold underline" href={fixed.href}>
          Open it as it was meant to be
        </a>
        , or ask for the link again.
      </p>
    </div>
  );
}
