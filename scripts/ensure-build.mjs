// `npm start` builds only when out/ is missing or older than the sources it is built from.
import { execSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { staleInputs } from "./lib/build-inputs.mjs";

const STAMP = "out/index.html";
const built = existsSync(STAMP) ? statSync(STAMP).mtimeMs : 0;
const stale = staleInputs(built);
if (built === 0) {
  console.log("No build yet: building...");
  execSync("npm run build", { stdio: "inherit" });
} else if (stale.length > 0) {
  console.log(`Changed since the last build (${stale.join(", ")}): rebuilding...`);
  execSync("npm run build", { stdio: "inherit" });
} else {
  console.log("Build is up to date.");
}
