import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/lib/chromium-path.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const executablePath = findChromium();

// Tests run against the exported static site (`out/`), served as any static host would serve it.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: "retain-on-failure",
    timezoneId: "UTC",
    locale: "en-GB",
    // The service worker is tested on its own (e2e/offline.spec.ts); elsewhere it would only add caching between tests.
    serviceWorkers: "block",
  },
  projects: [
    {
      name: "chromium",
      use: {
        ...devices["Desktop Chrome"],
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        },
      },
    },
  ],
  webServer: {
    command: `npx serve out -l ${PORT} --no-clipboard --no-request-logging`,
    url: `http://127.0.0.1:${PORT}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 30_000,
  },
});
