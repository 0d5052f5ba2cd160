// `npm start` builds only when out/ is missing or older than the sources it is built from, and compiles the server
// again (about a second) when only the server's sources changed.
import { execSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import { staleInputs, staleServerInputs } from "./lib/build-inputs.mjs";

const mtime = (file) => (existsSync(file) ? statSync(file).mtimeMs : 0);
const built = mtime("out/index.html");
const stale = staleInputs(built);
const serverStale = staleServerInputs(mtime("server-dist/main.mjs"));
if (built === 0) {
  console.log("No build yet: building...");
  execSync("npm run build", { stdio: "inherit" });
} else if (stale.length > 0) {
  console.log(`Changed since the last build (${stale.join(", ")}): rebuilding...`);
  execSync("npm run build", { stdio: "inherit" });
} else if (serverStale.length > 0) {
  console.log(`The server changed since it was compiled (${serverStale.join(", ")}): compiling it...`);
  execSync("node scripts/build-server.mjs", { stdio: "inherit" });
} else {
  console.log("Build is up to date.");
}
