/**
 * A key shown on screen, so shortcuts can be learnt by looking. Hidden on touch screens
 * (the `.key-hint` rule in app/globals.css).
 */
export function Kbd({ children }: { children: React.ReactNode }) {
  return (
    <kbd className="key-hint min-w-6 items-center justify-center rounded border border-line-strong bg-surface-2 px-1.5 py-0.5 font-mono text-xs text-fg">
      {children}
    </kbd>
  );
}

/** A sentence that only makes sense with a keyboard ("Keys: 1 to 6 choose"), hidden where there is none. */
export function KeyHints({ children, className = "" }: { children: React.ReactNode; className?: string }) {
  return <p className={`key-hint flex-wrap items-center gap-1 text-sm text-muted ${className}`}>{children}</p>;
}
