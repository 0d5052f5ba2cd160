// Ordering for machine identifiers (question and card ids, hand-in codes): by UTF-16 code units, the same in every
// browser and at build time. String#localeCompare is for words people read: it builds an ICU collator on first use,
// which costs 5-25 ms of main thread in Chromium.

/** Negative, zero or positive as `a` sorts before, with or after `b`, code unit by code unit. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
