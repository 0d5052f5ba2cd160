export function PageHeading({ title, lead }: { title: string; lead?: React.ReactNode }) {
  return (
    <div className="mb-6">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {lead ? <p className="mt-2 max-w-prose text-lg text-slate-700 dark:text-slate-300">{lead}</p> : null}
    </div>
  );
}
