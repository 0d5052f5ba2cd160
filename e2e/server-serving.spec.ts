// What a student's browser downloads from `npm start`: compressed pages and scripts, hashed scripts kept for a year,
// pages revalidated (304) on the next visit, and the quiz working under the server's Content-Security-Policy.
import { test, expect } from "./fixtures";

test("the quiz's first load comes compressed, and a second visit revalidates the page instead of downloading it", async ({
  page,
}) => {
  const responses: { url: string; status: number; encoding?: string; cache?: string }[] = [];
  page.on("response", async (r) => {
    const h = await r.allHeaders();
    responses.push({ url: r.url(), status: r.status(), encoding: h["content-encoding"], cache: h["cache-control"] });
  });
  const csp: string[] = [];
  page.on("console", (m) => {
    if (m.text().includes("Content Security Policy")) csp.push(m.text());
  });

  await page.goto("/quiz/");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("load");
  // Bytes over the wire (headers and compressed bodies) of the page and what it loaded up to its load event: the
  // first load. What the page fetches once idle (the player, the question bank) is not part of it.
  const transferred = await page.evaluate(() => {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    const firstLoad = performance.getEntriesByType("resource").filter((e) => e.startTime <= nav.loadEventStart);
    return [nav, ...firstLoad].reduce((sum, e) => sum + (e as PerformanceResourceTiming).transferSize, 0);
  });
  // Every response recorded (the listener reads headers asynchronously).
  await page.waitForLoadState("networkidle");
  // 773 KB before the server compressed anything; about 180 KB with Brotli.
  expect(transferred).toBeLessThan(260_000);

  const page0 = responses.find((r) => new URL(r.url).pathname === "/quiz/");
  expect(page0).toMatchObject({ status: 200, encoding: "br", cache: "no-cache" });
  const scripts = responses.filter(
    (r) => new URL(r.url).pathname.startsWith("/_next/static/") && r.url.endsWith(".js"),
  );
  expect(scripts.length).toBeGreaterThan(3);
  for (const s of scripts) {
    expect(s.cache, s.url).toBe("public, max-age=31536000, immutable");
    // Tiny files are sent as they are; every script worth compressing comes as Brotli.
    if (s.encoding === undefined) continue;
    expect(s.encoding, s.url).toBe("br");
  }
  expect(scripts.filter((s) => s.encoding === "br").length).toBeGreaterThan(3);

  // A second visit: the page is revalidated with its ETag (304), the hashed scripts come from the browser's cache.
  responses.length = 0;
  const statuses: number[] = [];
  page.on("requestfinished", async (req) => {
    const res = await req.response();
    if (res && new URL(req.url()).pathname === "/quiz/") statuses.push(res.status());
  });
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  await page.waitForLoadState("networkidle");
  const again = await page.evaluate(() =>
    performance
      .getEntriesByType("navigation")
      .map((e) => (e as PerformanceNavigationTiming).transferSize)
      .concat(
        performance
          .getEntriesByType("resource")
          .filter((e) => new URL(e.name).pathname.startsWith("/_next/static/"))
          .map((e) => (e as PerformanceResourceTiming).transferSize),
      ),
  );
  // The 304 carries headers only; the scripts were not fetched again (transferSize 0 from the cache).
  expect(again.reduce((a, b) => a + b, 0)).toBeLessThan(5_000);
  expect(csp, "Content-Security-Policy violations").toEqual([]);
});
