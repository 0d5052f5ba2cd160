// The app's shared control looks. Buttons are at least 44 px high so they are easy to tap.
export const primaryButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-600 disabled:opacity-60 dark:bg-brand-300 dark:text-slate-950 dark:hover:bg-brand-100";
export const secondaryButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-slate-400 px-4 py-2 font-medium hover:bg-slate-100 disabled:opacity-60 dark:border-slate-500 dark:hover:bg-slate-800";
export const dangerButton =
  "inline-flex min-h-11 items-center justify-center gap-2 rounded-md border border-red-700 px-4 py-2 font-semibold text-red-800 hover:bg-red-50 dark:border-red-400 dark:text-red-300 dark:hover:bg-red-950";
export const smallButton =
  "inline-flex min-h-9 min-w-9 items-center justify-center rounded-md border border-slate-400 px-2 py-1 text-sm font-medium hover:bg-slate-100 disabled:opacity-50 dark:border-slate-500 dark:hover:bg-slate-800";
export const input =
  "mt-1 block w-full rounded-md border border-slate-400 bg-white px-3 py-2 text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100";
export const panel = "rounded-xl border border-slate-200 p-5 dark:border-slate-700";
export const card = "rounded-lg border border-slate-300 p-4 dark:border-slate-700";
export const notice =
  "rounded-md border border-amber-400 bg-amber-50 p-3 text-amber-950 dark:border-amber-500 dark:bg-amber-950 dark:text-amber-100";
export const errorBox =
  "rounded-md border border-red-500 bg-red-50 p-4 text-red-950 dark:border-red-400 dark:bg-red-950 dark:text-red-100";
