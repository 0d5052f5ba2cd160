// Finds a Chromium for Playwright and Lighthouse: CHROME_PATH, then Debian's, then Playwright's own download.
import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

const SYSTEM_CANDIDATES = ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"];
/** Debian's headless-only build of the same Chromium: the browser tests run about a third faster in it. */
export const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";

/**
 * @param {{ tests?: boolean }} [options] tests: for the browser tests, which prefer the headless shell; the bench,
 *   the screenshots and Lighthouse keep the full browser, as users get it.
 * @returns {string | undefined} an executable path, or undefined if none is installed
 */
export function findChromium({ tests = false } = {}) {
  if (process.env.CHROME_PATH && existsSync(process.env.CHROME_PATH)) return process.env.CHROME_PATH;
  for (const candidate of tests ? [HEADLESS_SHELL, ...SYSTEM_CANDIDATES] : SYSTEM_CANDIDATES)
    if (existsSync(candidate)) return candidate;
  try {
    const own = chromium.executablePath();
    if (own && existsSync(own)) return own;
  } catch {
    // Playwright has no browser of its own installed.
  }
  return undefined;
}
