/** A key shown on screen, so the shortcuts can be learnt by looking. */
export function Kbd({ children }: { children: React.ReactNode }) {
  return (
    <kbd className="rounded border border-slate-400 bg-slate-50 px-1.5 py-0.5 font-mono text-xs text-slate-800 dark:border-slate-500 dark:bg-slate-800 dark:text-slate-100">
      {children}
    </kbd>
  );
}
