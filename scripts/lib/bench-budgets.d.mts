export type PageFigures = {
  jsKiB: number;
  /** Compressed first-load bytes through the Debrief server, when measured. */
  transferKiB?: number;
  performance: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  lcpMs: number;
  tbtMs: number;
  cls: number;
};
export const BUDGET: {
  jsOverFloorKiB: number;
  transferOverFloorKiB: number;
  performanceBelowFloor: number;
  tbtOverFloorMs: number;
  accessibility: number;
  bestPractices: number;
  seo: number;
  cls: number;
};
export function median(xs: number[]): number;
export function medians<T extends Record<string, number>>(runs: T[]): T;
export function judgeRoute(
  route: PageFigures,
  floor: PageFigures,
  budget?: typeof BUDGET,
): {
  diff: { jsKiB: number; performance: number; tbtMs: number; lcpMs: number; transferKiB?: number };
  fails: string[];
  status: "PASS" | "FAIL";
};
export function roundOrder<T>(routes: T[], round: number, rounds: number): (T | null)[];
