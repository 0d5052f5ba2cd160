import { execFileSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawn, type ChildProcess } from "node:child_process";
import type { BrowserContext } from "@playwright/test";
import { test, expect } from "./fixtures";

test.use({ serviceWorkers: "allow" });

const ROUTES = ["/", "/article/", "/quiz/", "/flashcards/", "/progress/", "/teach/", "/teach/results/", "/assignment/"];

async function waitForOfflineReady(context: BrowserContext, baseURL: string) {
  const page = await context.newPage();
  await page.goto(baseURL + "/");
  await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((resolve) =>
        navigator.serviceWorker.addEventListener("controllerchange", resolve, { once: true }),
      );
    }
    return reg.active?.state;
  });
  await page.close();
}

test.describe("offline", () => {
  test("after one visit every route opens with the network off", async ({ context, baseURL }) => {
    await waitForOfflineReady(context, baseURL!);
    await context.setOffline(true);
    for (const route of ROUTES) {
      // A fresh page for each navigation: reusing one tab races Next's late history.replaceState.
      const page = await context.newPage();
      await page.goto(baseURL + route);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("link", { name: "Debrief" })).toBeVisible();
      await page.close();
    }
    const page = await context.newPage();
    const bank = await page.goto(baseURL + "/data/bank.json");
    expect(bank?.ok()).toBe(true);
    await page.close();
    await context.setOffline(false);
  });
});

test.describe("updates", () => {
  let server: ChildProcess | undefined;
  let dir = "";
  const PORT = 3190;

  test.afterEach(() => {
    if (server?.pid) process.kill(-server.pid);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  test("a new deployment offers to reload instead of swapping the page", async ({ context }) => {
    dir = mkdtempSync(join(tmpdir(), "debrief-sw-"));
    cpSync("out", dir, { recursive: true });
    server = spawn("npx", ["serve", dir, "-l", String(PORT), "--no-clipboard", "--no-request-logging"], {
      detached: true,
      stdio: "ignore",
    });
    const base = `http://127.0.0.1:${PORT}`;
    await expect
      .poll(async () => (await fetch(base + "/").catch(() => null))?.ok ?? false, { timeout: 15_000 })
      .toBe(true);
    await waitForOfflineReady(context, base);
    const page = await context.newPage();
    await page.goto(base + "/");
    await expect(page.getByText("A new version of Debrief is ready.")).toBeHidden();

    // Deploy a changed build: a new service worker version with a changed page.
    const sw = readFileSync(join(dir, "sw.js"), "utf8").replace(
      /const VERSION = "([^"]+)"/,
      'const VERSION = "$1-next"',
    );
    writeFileSync(join(dir, "sw.js"), sw);
    const html = readFileSync(join(dir, "index.html"), "utf8").replaceAll(
      "Study one article until you know it.",
      "Study one article until you know it well.",
    );
    writeFileSync(join(dir, "index.html"), html);

    await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
    const prompt = page.getByText("A new version of Debrief is ready.");
    await expect(prompt).toBeVisible({ timeout: 15_000 });
    // Nothing changed under the reader's feet until they choose to reload.
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Study one article until you know it.");
    await page.getByRole("button", { name: "Reload" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Study one article until you know it well.", {
      timeout: 15_000,
    });
  });
});

// Keep the sw.js generator honest: it precaches the whole export.
test("the service worker precaches every route of the export", async () => {
  const sw = readFileSync("out/sw.js", "utf8");
  for (const route of ROUTES) expect(sw).toContain(`"${route}"`);
  expect(sw).toContain('"/data/bank.json"');
  void execFileSync;
});
