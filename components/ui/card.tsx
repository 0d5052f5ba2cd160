import type { HTMLAttributes, ReactNode } from "react";

/** The surface everything sits on: a white (or dark) card with a soft edge and rest elevation. */
export const cardClass = "rounded-card border border-line bg-surface p-4 shadow-card sm:p-5";

/** A card; with `title` it becomes a labelled section whose heading level is chosen by the page (h2 by default). */
export function Card({
  title,
  level = 2,
  actions,
  className = "",
  children,
  ...rest
}: HTMLAttributes<HTMLElement> & { title?: ReactNode; level?: 2 | 3; actions?: ReactNode }) {
  const Heading = level === 2 ? "h2" : "h3";
  if (title === undefined)
    return (
      <div className={`${cardClass} ${className}`} {...rest}>
        {children}
      </div>
    );
  return (
    <section className={`${cardClass} ${className}`} {...rest}>
      <div className="mb-3 flex flex-wrap items-center justify-between gap-2">
        <Heading className="text-lg font-bold">{title}</Heading>
        {actions}
      </div>
      {children}
    </section>
  );
}
