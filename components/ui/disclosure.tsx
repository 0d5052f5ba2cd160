import type { ReactNode } from "react";
import { ChevronDownIcon } from "./icons";

/**
 * A folded section as a row of the page: its title on the left, a chevron on the right that turns when open (a native
 * <details>, so it opens with Enter or Space and needs no script), in place of the browser's bare ▶ triangle.
 */
export function Disclosure({
  summary,
  children,
  className = "",
}: {
  summary: ReactNode;
  children: ReactNode;
  className?: string;
}) {
  return (
    <details className={`group rounded-card border border-line bg-surface shadow-card ${className}`}>
      <summary className="flex min-h-12 cursor-pointer list-none items-center justify-between gap-3 rounded-card px-4 py-3 font-semibold hover:bg-surface-2 [&::-webkit-details-marker]:hidden">
        {summary}
        <ChevronDownIcon className="h-5 w-5 shrink-0 text-muted transition-transform duration-200 group-open:rotate-180" />
      </summary>
      <div className="px-4 pb-4">{children}</div>
    </details>
  );
}
