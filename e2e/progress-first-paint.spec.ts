// /progress's first paint, before any of its code has run: a new visitor sees their (empty) dashboard in the HTML
// itself, the same one the page then shows; a learner with saved progress, or an attempt in the address, sees a
// loading line instead, never figures that are about to be replaced. The page's scripts are blocked to look at it.
import type { Browser, Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { DAY, fetchBank, finishedAttempt, quizEnvelope, seedStorage } from "./progress-seed";

const ATTEMPT = JSON.stringify({
  state: {
    attempts: [{ id: "a1", endedAt: Date.UTC(2026, 10, 1), score: 0.5 }],
    current: null,
    history: {},
    discarded: [],
  },
  version: 1,
});
const REVIEWED = JSON.stringify({ state: { cards: {}, logs: [{ cardId: "c", review: 1 }] }, version: 1 });

async function firstPaint(browser: Browser, baseURL: string, path: string, saved: Record<string, string> = {}) {
  const context = await browser.newContext({ baseURL, serviceWorkers: "block" });
  await context.route("**/_next/static/chunks/*.js", (route) => route.abort());
  await context.addInitScript((items) => {
    for (const [key, value] of Object.entries(items)) localStorage.setItem(key, value);
  }, saved);
  const page = await context.newPage();
  await page.goto(path);
  return { page, close: () => context.close() };
}

/** The dashboard's text above the backup section (which loads once the page is idle). */
const dashboardText = (page: Page) =>
  page
    .locator("main")
    .evaluate((main) =>
      ((main as HTMLElement).innerText.split(/Loading backup and restore…|Backup and restore/)[0] ?? "").trim(),
    );

test("before its code runs, /progress shows a new visitor the same empty dashboard it then shows", async ({
  browser,
  baseURL,
  page,
}) => {
  const fresh = await firstPaint(browser, baseURL!, "/progress/");
  await expect(fresh.page.getByRole("heading", { name: "Your progress starts with your first answers" })).toBeVisible();
  await expect(fresh.page.getByRole("link", { name: "Take a quick quiz" })).toBeVisible();
  // One empty state, not a dashboard of zeros under it.
  await expect(fresh.page.getByTestId("overall-mastery")).toHaveCount(0);
  await expect(fresh.page.getByText("Loading your progress…")).toBeHidden();
  const before = await dashboardText(fresh.page);
  await fresh.close();

  await page.goto("/progress/");
  await expect(page.getByRole("button", { name: "Download backup" })).toBeVisible();
  // Same words and figures (questions per topic, cards waiting) as the page computes from the bank it downloads.
  expect(await dashboardText(page)).toBe(before);
});

test("before its code runs, /progress shows a loading line to a learner with progress or an attempt link", async ({
  browser,
  baseURL,
}) => {
  for (const [path, saved] of [
    ["/progress/", { "debrief:quiz": ATTEMPT }],
    ["/progress/", { "debrief:cards": REVIEWED }],
    ["/progress/", { "debrief:quiz": "{not json" }],
    ["/progress/?attempt=a1", {}],
  ] as const) {
    const other = await firstPaint(browser, baseURL!, path, saved);
    const label = `${path} ${Object.keys(saved).join(",")}`;
    await expect(other.page.getByText("Loading your progress…"), label).toBeVisible();
    await expect(other.page.getByText("Your progress starts with your first answers"), label).toBeHidden();
    await other.close();
  }
});

test("a learner with progress who comes to /progress from another page never sees the empty dashboard", async ({
  page,
  request,
}) => {
  const bank = await fetchBank(request);
  const five = bank.questions.filter((q) => !q.retired).slice(0, 5);
  await seedStorage(page, { "debrief:quiz": quizEnvelope([finishedAttempt("att-1", five, 3, Date.now() - DAY)]) });
  // Notes any moment the new visitor's heading is on screen.
  await page.addInitScript(() => {
    new MutationObserver(() => {
      for (const h of document.querySelectorAll("h2"))
        if (h.textContent === "Your progress starts with your first answers" && h.checkVisibility())
          (window as unknown as { sawEmpty: boolean }).sawEmpty = true;
    }).observe(document, { childList: true, subtree: true, attributes: true });
  });
  await page.goto("/article/");
  await page.getByRole("navigation").getByRole("link", { name: "Progress" }).click();
  await expect(page.getByRole("link", { name: /^Review the attempt of/ })).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { sawEmpty?: boolean }).sawEmpty ?? false)).toBe(false);
});

test("a new visitor's /progress downloads no question bank; with progress it downloads it once, with the page", async ({
  browser,
  baseURL,
  request,
}) => {
  const bank = await fetchBank(request);
  const five = bank.questions.filter((q) => !q.retired).slice(0, 5);
  const context = await browser.newContext({ baseURL, serviceWorkers: "block" });
  const page = await context.newPage();
  const downloads: string[] = [];
  page.on("request", (r) => {
    if (r.url().endsWith("/data/bank.json")) downloads.push(r.url());
  });
  await page.goto("/progress/");
  await expect(page.getByRole("button", { name: "Download backup" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Your progress starts with your first answers" })).toBeVisible();
  expect(downloads).toEqual([]);

  await page.evaluate(
    (saved) => localStorage.setItem("debrief:quiz", saved),
    quizEnvelope([finishedAttempt("att-1", five, 3, Date.now() - DAY)]),
  );
  await page.reload();
  await expect(page.getByRole("link", { name: /^Review the attempt of/ })).toBeVisible();
  expect(downloads).toHaveLength(1);
  await context.close();
});
