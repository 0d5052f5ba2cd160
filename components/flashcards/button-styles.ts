// Button looks shared by the flashcard screens (large enough to tap: at least 44 px high).
export const primaryButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-600 disabled:opacity-60 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-100";
export const secondaryButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800";
