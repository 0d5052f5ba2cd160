// Part of `npm run build`: compiles the server (server/ and the core/ code it uses) to one JavaScript file, so
// `npm start` runs plain Node with no TypeScript loader (tsx is a dev dependency). Packages stay external
// (--packages=external): PGlite finds its .wasm and data files beside its own code in node_modules.
import { cpSync, rmSync } from "node:fs";
import { build } from "esbuild";

export const SERVER_OUT = "server-dist";

rmSync(SERVER_OUT, { recursive: true, force: true });
const t0 = Date.now();
await build({
  entryPoints: ["server/main.ts"],
  outfile: `${SERVER_OUT}/main.mjs`,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  tsconfig: "tsconfig.json",
  sourcemap: true,
  logLevel: "warning",
});
// db.ts reads its migrations from the folder beside the module.
cpSync("server/migrations", `${SERVER_OUT}/migrations`, { recursive: true });
console.log(`server: ${SERVER_OUT}/main.mjs in ${Date.now() - t0} ms`);
