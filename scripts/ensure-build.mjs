// `npm start` builds only when out/ is missing or older than the sources it is built from, and compiles the server
// again (about a second) when only the server's sources changed. With production packages only (npm ci --omit=dev),
// it serves the existing build.
import { execSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { join } from "node:path";
import { buildPlan } from "./lib/build-inputs.mjs";

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
// Dev dependencies the build needs (the bank script runs on tsx, the server is compiled by esbuild).
const canBuild = ["tsx", "esbuild"].every((p) => existsSync(join("node_modules", p, "package.json")));
const plan = buildPlan({ builtAt: mtime("out/index.html"), serverBuiltAt: mtime("server-dist/main.mjs"), canBuild });
if (plan.action === "fail") {
  console.error(plan.message);
  process.exit(1);
}
console.log(plan.message);
if (plan.action === "build") execSync("npm run build", { stdio: "inherit" });
if (plan.action === "server") execSync("node scripts/build-server.mjs", { stdio: "inherit" });
