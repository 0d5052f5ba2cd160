/** A labelled, read-only text field for a link or code: focusing it selects it all, ready to copy. */
export function ReadOnlyField({ label, value }: { label: React.ReactNode; value: string }) {
  return (
    <label className="block">
      {label}
      <input
        readOnly
        value={value}
        className="mt-1 block w-full rounded-md border border-slate-400 bg-slate-50 px-3 py-2 font-mono text-sm dark:border-slate-500 dark:bg-slate-900"
        onFocus={(e) => e.currentTarget.select()}
      />
    </label>
  );
}
