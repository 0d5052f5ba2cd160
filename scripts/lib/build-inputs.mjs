// What `out/` is built from: `npm start` rebuilds when any of these is newer than the last build.
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

/** Folders and files whose change can change the build. */
export const BUILD_INPUTS = [
  "app",
  "components",
  "core",
  "stores",
  "lib",
  "questions",
  "public",
  "scripts",
  "next.config.js",
  "postcss.config.mjs",
  "tsconfig.json",
  "package.json",
  "package-lock.json",
];

/** What the compiled server (server-dist/, scripts/build-server.mjs) is built from. */
export const SERVER_INPUTS = ["server", "core", "tsconfig.json", "package.json", "package-lock.json"];

// public/data/ is written by the build itself (scripts/build-bank.ts), so it never makes a build stale.
const GENERATED = new Set([join("public", "data")]);

/** The newest modification time (ms) under `rel` inside `root`, 0 when it does not exist. */
export function newestMtime(root, rel) {
  const path = join(root, rel);
  if (!existsSync(path) || GENERATED.has(rel)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((n) => newestMtime(root, join(rel, n))));
}

/** The inputs changed after a build stamped at `builtAt` (ms); every input when there is no build. */
export function staleInputs(builtAt, root = ".") {
  return BUILD_INPUTS.filter((s) => builtAt === 0 || newestMtime(root, s) > builtAt);
}

/** The server's inputs changed after it was compiled at `builtAt` (ms); every input when it never was. */
export function staleServerInputs(builtAt, root = ".") {
  return SERVER_INPUTS.filter((s) => builtAt === 0 || newestMtime(root, s) > builtAt);
}
