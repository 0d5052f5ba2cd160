// `npm run floor`: builds the floor (bench/floor/, a blank Next page with the repo's own node_modules and Next) and
// records its first-load JS bytes in bench/floor.json, keyed by the Next version. Run it after upgrading Next, and
// commit bench/floor.json: the size guard in `npm test` refuses a floor measured with another Next.
import { execSync } from "node:child_process";
import { rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { routeJsBytes } from "./lib/route-size.mjs";

const FLOOR_DIR = join("bench", "floor");
execSync(`npx next build ${FLOOR_DIR}`, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
// Its .next/types/*.ts would otherwise be picked up by the project's `tsc` (tsconfig includes **/*.ts).
rmSync(join(FLOOR_DIR, ".next"), { recursive: true, force: true });
const next = createRequire(import.meta.url)("next/package.json").version;
const bytes = routeJsBytes("/", join(FLOOR_DIR, "out"));
writeFileSync(join("bench", "floor.json"), `${JSON.stringify({ next, bytes }, null, 2)}\n`);
console.log(`floor: ${bytes} bytes (${(bytes / 1024).toFixed(1)} KiB) with Next ${next}, written to bench/floor.json`);
