// `npm start` builds only when out/ is missing or older than the sources it is built from.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const STAMP = "out/index.html";
const SOURCES = ["app", "components", "core", "stores", "questions", "public", "next.config.ts", "package-lock.json"];

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  return Math.max(
    0,
    ...readdirSync(path)
      .filter((n) => n !== "data")
      .map((n) => newest(join(path, n))),
  );
}

const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
if (built === 0 || SOURCES.some((s) => newest(s) > built)) {
  console.log(built === 0 ? "No build yet: building..." : "Sources changed since the last build: rebuilding...");
  execSync("npm run build", { stdio: "inherit" });
} else {
  console.log("Build is up to date.");
}
