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

/**
 * What `npm start` does first: "build" (npm run build), "server" (compile the server alone), "none" (serve what is
 * built) or "fail" (nothing built and nothing to build with), with the line to print. `canBuild` is false when the
 * dev dependencies are not installed (npm ci --omit=dev): a build that exists is then served as it is.
 */
export function buildPlan({ builtAt, serverBuiltAt, canBuild, root = "." }) {
  const stale = staleInputs(builtAt, root);
  const serverStale = staleServerInputs(serverBuiltAt, root);
  const built = builtAt > 0 && serverBuiltAt > 0;
  const why =
    builtAt === 0
      ? "No build yet"
      : stale.length > 0
        ? `Changed since the last build (${stale.join(", ")})`
        : serverStale.length > 0
          ? `The server changed since it was compiled (${serverStale.join(", ")})`
          : null;
  if (why === null) return { action: "none", message: "Build is up to date." };
  if (!canBuild)
    return built
      ? {
          action: "none",
          message: `${why}, but the build tools (dev dependencies) are not installed: serving the existing build.`,
        }
      : { action: "fail", message: `${why}, and the build tools are not installed: run npm ci && npm run build.` };
  if (builtAt === 0 || stale.length > 0) return { action: "build", message: `${why}: building...` };
  return { action: "server", message: `${why}: compiling it...` };
}
