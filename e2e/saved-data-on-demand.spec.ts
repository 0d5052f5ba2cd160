// The check of saved data (valibot and the schemas in core) is downloaded when there is saved data to read, or when
// the browser is idle after the page's first save (so a later merge with another tab's save never waits): a first
// visit that saves nothing never fetches it. Its file is found by valibot's Standard Schema vendor name.
import type { Page } from "@playwright/test";
import { test, expect } from "./fixtures";
import { DAY, fetchBank, finishedAttempt, quizEnvelope, seedStorage } from "./progress-seed";

const STORE_ROUTES = ["/", "/quiz/", "/flashcards/", "/progress/", "/teach/", "/teach/results/", "/assignment/"];

/** Watches the scripts the page downloads; `loadedValibot()` says whether one of them was valibot. */
function watchScripts(page: Page) {
  const bodies: Promise<string>[] = [];
  page.on("response", (res) => {
    if (new URL(res.url()).pathname.endsWith(".js")) bodies.push(res.text().catch(() => ""));
  });
  return {
    loadedValibot: async () => (await Promise.all(bodies)).some((b) => /vendor:\s*"valibot"/.test(b)),
  };
}

test("a first visit that saves nothing never downloads the check; the first save fetches it when idle", async ({
  page,
}) => {
  const scripts = watchScripts(page);
  for (const route of STORE_ROUTES) {
    await page.goto(route);
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
    await page.waitForLoadState("networkidle");
  }
  expect(await scripts.loadedValibot()).toBe(false);
  // Studying saves at once; then, when idle, the check is fetched so the next merge with another tab does not wait.
  await page.goto("/");
  await page.getByRole("button", { name: "Start a quick quiz" }).click();
  await expect(page).toHaveURL(/\/quiz\/$/);
  await page.getByRole("button", { name: "Flag for review" }).first().click();
  await expect.poll(() => scripts.loadedValibot(), { timeout: 10_000 }).toBe(true);
});

test("with saved progress the check is downloaded and the progress shows", async ({ page, request }) => {
  const bank = await fetchBank(request);
  const qs = bank.questions.filter((q) => !q.retired).slice(0, 3);
  await seedStorage(page, { "debrief:quiz": quizEnvelope([finishedAttempt("seeded", qs, 2, Date.now() - DAY)]) });
  const scripts = watchScripts(page);
  await page.goto("/progress/");
  await expect(page.getByRole("list", { name: "Past attempts" }).getByRole("listitem")).toHaveCount(1);
  expect(await scripts.loadedValibot()).toBe(true);
});

test("when the check cannot be downloaded, the learner is told, and the saved progress is kept for the next visit", async ({
  page,
  request,
  consoleErrors,
}) => {
  const bank = await fetchBank(request);
  const qs = bank.questions.filter((q) => !q.retired).slice(0, 3);
  const saved = quizEnvelope([finishedAttempt("seeded", qs, 2, Date.now() - DAY)]);
  await seedStorage(page, { "debrief:quiz": saved });
  // The connection drops just for the file holding the check (found by its content, as above).
  let offline = true;
  await page.route("**/_next/static/chunks/*.js", async (route) => {
    const res = await route.fetch();
    if (offline && /vendor:\s*"valibot"/.test(await res.text())) return route.abort("internetdisconnected");
    return route.fulfill({ response: res });
  });
  await page.goto("/progress/");
  await expect(page.getByText("Your saved progress could not be opened.")).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem("debrief:quiz"))).toBe(saved);
  // The browser logs the failed download itself; nothing else may fail.
  consoleErrors.splice(0, consoleErrors.length, ...consoleErrors.filter((e) => !/ERR_INTERNET_DISCONNECTED/.test(e)));

  offline = false;
  await page.reload();
  await expect(page.getByRole("list", { name: "Past attempts" }).getByRole("listitem")).toHaveCount(1);
  await expect(page.getByText("Your saved progress could not be opened.")).toBeHidden();
});
