// Makes sure a Chromium exists before the browser tests: finds one, or installs Debian's (as root), or Playwright's.
// Where Debian's packages are at hand, the tests use its headless shell (the same Chromium without the windowed
// browser around it), which runs them about a third faster than the full browser on a 2-core machine.
import { execSync } from "node:child_process";
import { existsSync } from "node:fs";
import { findChromium, HEADLESS_SHELL } from "./lib/chromium-path.mjs";

const run = (cmd) => {
  try {
    execSync(cmd, { stdio: "inherit" });
    return true;
  } catch {
    return false;
  }
};

const isRoot = typeof process.getuid === "function" && process.getuid() === 0;
const hasApt = run("command -v apt-get > /dev/null");
// Without an update first when the package lists already know the package; with one when they do not.
const aptInstall = (pkg) => `DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${pkg} > /dev/null`;
const install = (pkg) => run(`${aptInstall(pkg)} 2>&1 || (apt-get update -qq && ${aptInstall(pkg)})`);

if (!process.env.CHROME_PATH && !existsSync(HEADLESS_SHELL) && isRoot && hasApt) {
  console.log("Installing Debian's chromium-headless-shell for the browser tests...");
  if (!install("chromium-headless-shell")) console.log("It could not be installed: the tests use the full browser.");
}
let path = findChromium({ tests: true });
if (!path) {
  if (isRoot && hasApt) {
    console.log("No Chromium found: installing Debian's chromium package (about 40 s)...");
    install("chromium");
  } else {
    console.log("No Chromium found: trying Playwright's own installer...");
    run("npx playwright install chromium");
  }
  path = findChromium({ tests: true });
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
