/** What a section shows before there is anything in it: says why, and offers the next step. */
export function EmptyState({
  title,
  children,
  action,
  level = 3,
}: {
  title: React.ReactNode;
  children?: React.ReactNode;
  action?: React.ReactNode;
  level?: 2 | 3;
}) {
  const Heading = level === 2 ? "h2" : "h3";
  return (
    <div className="rounded-card border border-dashed border-line-strong bg-surface-2/60 px-4 py-6 text-center">
      <Heading className="font-bold">{title}</Heading>
      {children ? <div className="mx-auto mt-1 max-w-prose text-muted">{children}</div> : null}
      {action ? <div className="mt-4 flex flex-wrap justify-center gap-3">{action}</div> : null}
    </div>
  );
}
