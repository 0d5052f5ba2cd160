// How an attempt ended, on its own: the teacher store's schema needs the list without the result codec behind it.

/**
 * How an attempt ended: the student finished, the clock reached zero with the page open, or it ran out while the page
 * was closed (the result is then stamped at the deadline when the student comes back). In the order the result code
 * numbers them.
 */
export const RESULT_ENDINGS = ["finished", "time-up", "time-up-away"] as const;
export type ResultEnding = (typeof RESULT_ENDINGS)[number];
