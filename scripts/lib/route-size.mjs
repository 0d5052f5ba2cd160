// What a route costs on first load: gzip -9 of the module scripts its exported page references. Shared by the bench
// (`npm run bench`, beside a freshly built floor) and the size guard (`npm run check:size`, run by `npm test` after
// the build, beside the floor's bytes recorded in bench/floor.json for the exact Next version).
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";

/** Module JS over the floor allowed on any route, in KiB (also the bench's BUDGET.jsOverFloorKiB). */
export const JS_OVER_FLOOR_KIB = 15;

/**
 * gzip -9 size of the module scripts an exported page loads. `nomodule` scripts (Next's legacy polyfills) are
 * left out: browsers that run modules never download them.
 */
export function routeJsBytes(route, outDir = "out") {
  const html = readFileSync(join(outDir, route, "index.html"), "utf8");
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
  const srcs = [...new Set(tags.map((m) => m[1]))];
  return srcs.reduce(
    (sum, src) => sum + gzipSync(readFileSync(join(outDir, src.split("?")[0])), { level: 9 }).length,
    0,
  );
}

/** Every exported page of a static export (`route/index.html` with trailingSlash), as "/", "/quiz/", ... */
export function exportedRoutes(outDir = "out") {
  const routes = [];
  const walk = (rel) => {
    if (existsSync(join(outDir, rel, "index.html"))) routes.push(`/${rel}${rel ? "/" : ""}`);
    for (const entry of readdirSync(join(outDir, rel), { withFileTypes: true })) {
      if (entry.isDirectory() && !entry.name.startsWith("_") && !entry.name.startsWith("."))
        walk(rel ? `${rel}/${entry.name}` : entry.name);
    }
  };
  walk("");
  return routes.sort();
}

const kib = (bytes) => (bytes / 1024).toFixed(1);

/**
 * Judges each route's first-load bytes against floor + budget. Returns one row per route and, for each route over the
 * limit, a sentence naming the route and its bytes.
 */
export function judgeSizes(routeBytes, floorBytes, budgetKiB = JS_OVER_FLOOR_KIB) {
  const limit = floorBytes + Math.round(budgetKiB * 1024);
  const rows = Object.entries(routeBytes).map(([route, bytes]) => ({
    route,
    bytes,
    overFloorKiB: Number(kib(bytes - floorBytes)),
    leftBytes: limit - bytes,
    ok: bytes <= limit,
  }));
  const fails = rows
    .filter((r) => !r.ok)
    .map(
      (r) =>
        `${r.route} loads ${r.bytes} bytes of JS (gzip), ${kib(r.bytes)} KiB: floor ${kib(floorBytes)} + ` +
        `${r.overFloorKiB} KiB, over the +${budgetKiB} KiB budget by ${-r.leftBytes} bytes (limit ${limit}).`,
    );
  return { limit, rows, fails };
}

/**
 * The recorded floor must belong to the Next that builds the app: Next's own runtime is ~90% of every route's JS.
 * Returns the floor's bytes, or a sentence saying what to run.
 */
export function floorFor(record, nextVersion) {
  if (!record || typeof record.bytes !== "number")
    return { error: "No floor recorded in bench/floor.json: build it with `npm run floor`." };
  if (record.next !== nextVersion)
    return {
      error:
        `The floor in bench/floor.json was measured with Next ${record.next}, but Next ${nextVersion} is installed: ` +
        "rebuild the floor with `npm run floor` and commit bench/floor.json.",
    };
  return { bytes: record.bytes };
}
