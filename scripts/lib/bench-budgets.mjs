// The bench's budgets, relative to the floor (a blank Next page built with the same Next and measured in the same run),
// so that a busy 2-core machine moves both sides alike. PASS/FAIL lives here and in the bench; the module-JS budget is
// also asserted by `npm test` (scripts/check-size.mjs, same measurement and figure).
import { JS_OVER_FLOOR_KIB } from "./route-size.mjs";

export const BUDGET = {
  /** Module JS (gzip) at most this much above the floor's. */
  jsOverFloorKiB: JS_OVER_FLOOR_KIB,
  /** First-load transfer (page, module scripts and styles as the Debrief server sends them) at most this above the floor's. */
  transferOverFloorKiB: 15,
  /** Lighthouse mobile Performance (median) at least the floor's median minus this. */
  performanceBelowFloor: 2,
  /** Total Blocking Time (median) at most the floor's plus this. */
  tbtOverFloorMs: 100,
  accessibility: 100,
  bestPractices: 100,
  seo: 100,
  cls: 0,
};

/** Middle value; with an even count, the lower middle (a measured value, never an average of two). */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor((s.length - 1) / 2)];
}

/** Per-field medians of Lighthouse runs ({ performance, tbtMs, ... }[]), each field on its own. */
export function medians(runs) {
  const keys = Object.keys(runs[0] ?? {});
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]));
}

/**
 * Compares a route with the floor. `route` and `floor` are { jsKiB, performance, accessibility, bestPractices, seo,
 * tbtMs, cls } (Lighthouse fields as medians). Returns the differences and the list of failed budgets, in words.
 */
export function judgeRoute(route, floor, budget = BUDGET) {
  const diff = {
    jsKiB: round1(route.jsKiB - floor.jsKiB),
    performance: route.performance - floor.performance,
    tbtMs: route.tbtMs - floor.tbtMs,
    lcpMs: route.lcpMs - floor.lcpMs,
  };
  const fails = [];
  if (diff.jsKiB > budget.jsOverFloorKiB) fails.push(`JS floor +${diff.jsKiB} KiB > +${budget.jsOverFloorKiB}`);
  if (route.transferKiB !== undefined && floor.transferKiB !== undefined) {
    diff.transferKiB = round1(route.transferKiB - floor.transferKiB);
    if (diff.transferKiB > budget.transferOverFloorKiB)
      fails.push(`transfer floor +${diff.transferKiB} KiB > +${budget.transferOverFloorKiB}`);
  }
  if (route.performance < floor.performance - budget.performanceBelowFloor)
    fails.push(`Performance ${route.performance} < floor ${floor.performance} - ${budget.performanceBelowFloor}`);
  if (diff.tbtMs > budget.tbtOverFloorMs) fails.push(`TBT floor +${diff.tbtMs} ms > +${budget.tbtOverFloorMs}`);
  if (route.accessibility < budget.accessibility) fails.push(`Accessibility ${route.accessibility}`);
  if (route.bestPractices < budget.bestPractices) fails.push(`Best Practices ${route.bestPractices}`);
  if (route.seo < budget.seo) fails.push(`SEO ${route.seo}`);
  if (route.cls > budget.cls) fails.push(`CLS ${route.cls} > ${budget.cls}`);
  return { diff, fails, status: fails.length ? "FAIL" : "PASS" };
}

/**
 * The order of one Lighthouse round: every route, with the floor placed at a different point in each round, so the
 * floor's samples are spread over the run like the routes' and a burst of load elsewhere hits both alike.
 */
export function roundOrder(routes, round, rounds) {
  const at = Math.round(((round % rounds) * (routes.length + 1)) / rounds) % (routes.length + 1);
  return [...routes.slice(0, at), null, ...routes.slice(at)];
}

function round1(x) {
  return Math.round(x * 10) / 10;
}
