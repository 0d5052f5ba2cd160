// Shared class names for the progress and home screens' buttons and panels.
export const primaryButton =
  "inline-flex items-center justify-center rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-600 disabled:opacity-60 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-100";
export const secondaryButton =
  "inline-flex items-center justify-center rounded-md border border-slate-400 px-4 py-2 text-sm font-semibold hover:bg-slate-100 dark:border-slate-500 dark:hover:bg-slate-800";
export const dangerButton =
  "inline-flex items-center justify-center rounded-md border border-red-700 px-4 py-2 text-sm font-semibold text-red-800 hover:bg-red-50 dark:border-red-400 dark:text-red-300 dark:hover:bg-red-950";
export const panel = "rounded-xl border border-slate-200 p-5 dark:border-slate-700";
