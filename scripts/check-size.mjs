// `npm run check:size` (part of `npm test`, right after `npm run build`): fails when any exported route's first-load
// JS (gzip of the module scripts its page references) is more than 15 KiB over the floor, a blank page of the same
// Next. The floor's bytes are recorded in bench/floor.json for the exact Next version (`npm run floor` rebuilds it),
// so the test does not build a second Next app on every run. The budget is held here, not by comments in the code.
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { exportedRoutes, floorFor, JS_OVER_FLOOR_KIB, judgeSizes, routeJsBytes } from "./lib/route-size.mjs";

const OUT = process.env.DEBRIEF_OUT_DIR ?? "out";
const nextVersion = createRequire(import.meta.url)("next/package.json").version;
const record = existsSync("bench/floor.json") ? JSON.parse(readFileSync("bench/floor.json", "utf8")) : null;
const floor = floorFor(record, nextVersion);
if (floor.error) {
  console.error(`size guard: ${floor.error}`);
  process.exit(1);
}
if (!existsSync(`${OUT}/index.html`)) {
  console.error(`size guard: no ${OUT}/index.html: run \`npm run build\` first.`);
  process.exit(1);
}

const routes = exportedRoutes(OUT);
const { limit, rows, fails } = judgeSizes(
  Object.fromEntries(routes.map((r) => [r, routeJsBytes(r, OUT)])),
  floor.bytes,
);
const kib = (b) => (b / 1024).toFixed(1);
console.log(
  `size guard: first-load JS (gzip) per route; floor ${kib(floor.bytes)} KiB (Next ${nextVersion}), ` +
    `limit floor + ${JS_OVER_FLOOR_KIB} KiB = ${kib(limit)} KiB (${limit} bytes)`,
);
for (const r of rows)
  console.log(
    `  ${r.ok ? "ok  " : "OVER"} ${r.route.padEnd(18)} ${kib(r.bytes).padStart(6)} KiB  ` +
      `(floor +${r.overFloorKiB.toFixed(1)} KiB, ${r.leftBytes} bytes left)`,
  );
if (fails.length) {
  console.error(`\nsize guard FAILED:\n${fails.map((f) => `  ${f}`).join("\n")}`);
  console.error("Move large client code behind a dynamic import loaded on use, or remove it.");
  process.exit(1);
}
