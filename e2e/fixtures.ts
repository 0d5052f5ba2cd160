import { test as base, expect, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";

/** Every test fails on a console error or an uncaught page error. */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      page.on("console", (msg) => {
        // A failed load names no address in its text: the location says which one.
        if (msg.type() === "error") errors.push(`${msg.text()}${msg.location().url ? ` (${msg.location().url})` : ""}`);
      });
      page.on("pageerror", (err) => errors.push(`pageerror: ${err.message}`));
      await use(errors);
      expect(errors, "console errors during the test").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

/** axe-core itself, put into the page as it is (no wrapper: the wrapper opened a second page per check, 3 s each). */
const AXE_SOURCE = readFileSync(
  createRequire(join(process.cwd(), "package.json")).resolve("axe-core/axe.min.js"),
  "utf8",
);

/**
 * Whether the page is at rest as a user would see it: the theme on screen is the one chosen (or the system's, just
 * changed by emulateMedia, which the page hears a moment later), and no colour transition is half-way.
 */
function pageAtRest(): Promise<boolean> {
  let chosen: string | null = null;
  try {
    chosen = localStorage.getItem("debrief:theme");
  } catch {
    // Storage blocked (a test does that): the page follows the system's theme.
  }
  const dark = chosen ? chosen === "dark" : matchMedia("(prefers-color-scheme: dark)").matches;
  if (document.documentElement.classList.contains("dark") !== dark) return Promise.resolve(false);
  // Two frames first: a transition a class change starts exists only once styles are computed for the next frame.
  const frames = new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return frames.then(() => {
    const finite = document.getAnimations().filter((a) => a.effect?.getComputedTiming().endTime !== Infinity);
    return Promise.all(finite.map((a) => a.finished.catch(() => undefined))).then(() => true);
  });
}

/** Runs axe on the page once it is at rest and fails with the list of violations. */
export async function expectAccessible(page: Page, label = "page") {
  const settled = () =>
    expect.poll(() => page.evaluate(pageAtRest), { message: `${label}: theme and transitions settle` }).toBe(true);
  await settled();
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  const run = () =>
    page.evaluate(async (tags) => {
      const axe = (window as unknown as { axe: typeof import("axe-core") }).axe;
      const results = await axe.run(document, { runOnly: { type: "tag", values: tags }, resultTypes: ["violations"] });
      return results.violations.map(
        (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      );
    }, WCAG_TAGS);
  let summary = await run();
  // Contrast is read off the page as painted: just after a theme switch the browser can still paint the old colours
  // for a frame (seen once in the headless shell, on footer links). A real contrast failure is still there a moment
  // later, so only contrast is looked at twice, and the second look is the verdict.
  if (summary.length > 0 && summary.every((v) => v.startsWith("color-contrast"))) {
    await page.evaluate(() => new Promise((resolve) => setTimeout(resolve, 250)));
    await settled();
    summary = await run();
  }
  expect(summary, `axe violations on ${label}`).toEqual([]);
}

export const PHONE = { width: 360, height: 740 };
