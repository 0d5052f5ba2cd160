/**
 * A page's title and lead. While a quiz question is open the heading steps aside (visually only: screen readers still
 * find the page's h1), so the question fits the screen; see `.page-heading` in app/globals.css.
 */
export function PageHeading({ title, lead }: { title: string; lead?: React.ReactNode }) {
  return (
    <div className="page-heading mb-6">
      <h1 className="text-display tracking-tight">{title}</h1>
      {lead ? <p className="mt-2 max-w-prose text-lg text-muted">{lead}</p> : null}
    </div>
  );
}
