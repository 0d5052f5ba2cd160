/** A number with its name: "12 / Answered". `hint` explains how the number is worked out. */
export function Stat({
  label,
  value,
  hint,
  className = "",
}: {
  label: React.ReactNode;
  value: React.ReactNode;
  hint?: React.ReactNode;
  className?: string;
}) {
  return (
    <div className={`rounded-card border border-line bg-surface p-3 shadow-card sm:p-4 ${className}`}>
      <dt className="text-sm font-medium text-muted">{label}</dt>
      <dd className="mt-0.5 text-2xl font-extrabold tabular-nums tracking-tight">{value}</dd>
      {hint ? <dd className="mt-1 text-sm text-muted">{hint}</dd> : null}
    </div>
  );
}

/** A row of stats (a description list, so each number is read with its name). */
export function StatGrid({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <dl className={`grid grid-cols-2 gap-3 sm:grid-cols-4 ${className}`}>{children}</dl>;
}
