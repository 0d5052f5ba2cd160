// Makes sure a Chromium exists before the browser tests: finds one, or installs Debian's (as root), or Playwright's.
import { execSync } from "node:child_process";
import { findChromium } from "./lib/chromium-path.mjs";

const run = (cmd) => {
  try {
    execSync(cmd, { stdio: "inherit" });
    return true;
  } catch {
    return false;
  }
};

let path = findChromium();
if (!path) {
  const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
  const hasApt = run("command -v apt-get > /dev/null");
  if (isRoot && hasApt) {
    console.log("No Chromium found: installing Debian's chromium package (about 40 s)...");
    run("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium > /dev/null");
  } else {
    console.log("No Chromium found: trying Playwright's own installer...");
    run("npx playwright install chromium");
  }
  path = findChromium();
}
if (!path) {
  console.error(
    "Could not find or install Chromium for the browser tests.\n" +
      "Install one (Debian/Ubuntu: `sudo apt-get install chromium`; elsewhere: `npx playwright install chromium`),\n" +
      "or set CHROME_PATH to a Chrome or Chromium executable, then run `npm test` again.",
  );
  process.exit(1);
}
console.log(`Browser tests use ${path}`);
