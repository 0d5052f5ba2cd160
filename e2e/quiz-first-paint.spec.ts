// /quiz's first paint, before any of its code has run: a new visitor sees the Quick practice card (the page's main
// content, in the HTML itself); a learner with a quiz in progress, a quiz link or results sees a loading line instead,
// never a card that is about to be replaced. The page's scripts are blocked here to look at that first paint.
import type { Browser } from "@playwright/test";
import { test, expect } from "./fixtures";

async function firstPaint(browser: Browser, baseURL: string, path: string, saved?: string) {
  const context = await browser.newContext({ baseURL, serviceWorkers: "block" });
  await context.route("**/_next/static/chunks/*.js", (route) => route.abort());
  if (saved) await context.addInitScript((value) => localStorage.setItem("debrief:quiz", value), saved);
  const page = await context.newPage();
  await page.goto(path);
  return { page, close: () => context.close() };
}

test("before its code runs, /quiz shows the Quick practice card to a new visitor, and a loading line otherwise", async ({
  browser,
  baseURL,
}) => {
  const fresh = await firstPaint(browser, baseURL!, "/quiz/");
  await expect(fresh.page.getByRole("heading", { name: "Quick practice" })).toBeVisible();
  await expect(fresh.page.getByRole("button", { name: "Start a 10-question practice quiz" })).toBeDisabled();
  await expect(fresh.page.getByText("Loading the questions…")).toBeHidden();
  await fresh.close();

  // A quiz in progress (only its presence matters to the first paint), a quiz link, results in the address.
  const running = JSON.stringify({ state: { current: { id: "a" } }, version: 1 });
  for (const [path, saved] of [
    ["/quiz/", running],
    ["/quiz/?count=5", undefined],
    ["/quiz/#result=abc", undefined],
  ] as const) {
    const other = await firstPaint(browser, baseURL!, path, saved);
    await expect(other.page.getByText("Loading the questions…"), path).toBeVisible();
    await expect(other.page.getByRole("heading", { name: "Quick practice" }), path).toBeHidden();
    await other.close();
  }
});

test("once the page runs, the same card starts a practice quiz", async ({ page }) => {
  await page.goto("/quiz/");
  const start = page.getByRole("button", { name: "Start a 10-question practice quiz" });
  await expect(start).toBeEnabled();
  await start.click();
  await expect(page.getByText(/^Question 1 of 10/)).toBeVisible();
});
