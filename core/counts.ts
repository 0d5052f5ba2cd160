// Counts in words ("1 question", "3 quizzes", "1,200"): the part of core/format that forms and short pages need,
// in a module of its own so they do not load the date, duration and interval formatting (core/format re-exports it).

/** A count with its noun: "1 question", "2 questions", "3 quizzes" (pass the plural when it is not "+s"). */
export function quantity(n: number, one: string, many: string = `${one}s`): string {
  return `${formatNumber(n)} ${plural(n, one, many)}`;
}

/** The noun alone, singular for exactly 1: plural(2, "card") is "cards"; plural(1, "is", "are") is "is". */
export function plural(n: number, one: string, many: string = `${one}s`): string {
  return n === 1 ? one : many;
}

/** A whole number or one with at most one decimal, without grouping surprises: 1200 reads "1,200". */
export function formatNumber(n: number): string {
  // Whole numbers under 1,000 read the same either way; building the page's first Intl formatter costs 10-60 ms of
  // main thread in Chromium, so it is built only for a number that needs it.
  if (Number.isInteger(n) && n >= 0 && n < 1000) return String(n);
  number ??= new Intl.NumberFormat("en-GB", { maximumFractionDigits: 1 });
  return number.format(n);
}
let number: Intl.NumberFormat | undefined;
