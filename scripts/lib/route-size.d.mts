export const JS_OVER_FLOOR_KIB: number;
export function routeJsBytes(route: string, outDir?: string): number;
export function exportedRoutes(outDir?: string): string[];
export function judgeSizes(
  routeBytes: Record<string, number>,
  floorBytes: number,
  budgetKiB?: number,
): {
  limit: number;
  rows: { route: string; bytes: number; overFloorKiB: number; leftBytes: number; ok: boolean }[];
  fails: string[];
};
export function floorFor(
  record: { next?: string; bytes?: number } | null | undefined,
  nextVersion: string,
): { bytes: number; error?: undefined } | { error: string; bytes?: undefined };
