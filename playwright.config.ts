import { tmpdir } from "node:os";
import { join } from "node:path";
import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./scripts/lib/chromium-path.mjs";

const PORT = Number(process.env.E2E_PORT ?? 3100);
/** The Debrief server (app + result inbox, embedded database in a fresh folder) for e2e/inbox*.spec.ts and server-*.spec.ts. */
const SERVER_PORT = PORT + 1;
const SERVER_DATA = join(tmpdir(), `debrief-e2e-inbox-${SERVER_PORT}`);
/** The same server behind nginx terminating HTTPS (self-signed), for e2e/proxy*.spec.ts; the server itself on +3. */
const PROXY_PORT = PORT + 2;
const executablePath = findChromium({ tests: true });
const launchOptions = {
  ...(executablePath ? { executablePath } : {}),
  args: ["--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
};

// Tests run against the exported static site (`out/`), served as any static host would serve it; the inbox tests
// run against the Debrief server, which serves the same export.
export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  // In CI a failed test runs once more, so a flaky one is reported as flaky (with both runs' traces) rather than as a
  // plain failure; failOnFlakyTests then fails the run anyway: a pass on retry is not a pass.
  retries: process.env.CI ? 1 : 0,
  failOnFlakyTests: !!process.env.CI,
  workers: 2,
  timeout: 30_000,
  reporter: [["list"], ["json", { outputFile: "reports/e2e.json" }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    // Recording a trace costs every test CPU on a 2-core machine: in CI only the retry of a failed test records one
    // (that retry fails the run anyway, see failOnFlakyTests), locally every failure keeps one.
    trace: process.env.CI ? "on-first-retry" : "retain-on-failure",
    timezoneId: "UTC",
    locale: "en-GB",
    // The service worker is tested on its own (e2e/offline.spec.ts); elsewhere it would only add caching between tests.
    serviceWorkers: "block",
  },
  projects: [
    {
      name: "chromium",
      testIgnore: /\/e2e\/(inbox|server-|proxy)[^/]*\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], launchOptions },
    },
    {
      name: "server",
      testMatch: /\/e2e\/(inbox|server-)[^/]*\.spec\.ts$/,
      use: { ...devices["Desktop Chrome"], launchOptions, baseURL: `http://127.0.0.1:${SERVER_PORT}` },
    },
    {
      name: "proxy",
      // Anchored: a checkout folder named "...proxy..." must not pull every spec into this project.
      testMatch: /\/e2e\/proxy[^/]*\.spec\.ts$/,
      use: {
        ...devices["Desktop Chrome"],
        launchOptions,
        baseURL: `https://127.0.0.1:${PROXY_PORT}`,
        ignoreHTTPSErrors: true,
      },
    },
  ],
  webServer: [
    {
      command: `npx serve out -l ${PORT} --no-clipboard --no-request-logging`,
      url: `http://127.0.0.1:${PORT}/`,
      reuseExistingServer: !process.env.CI,
      timeout: 30_000,
    },
    {
      // The compiled server, as `npm start` runs it (`npm run build` writes server-dist/ before the e2e tests run).
      command: `rm -rf ${SERVER_DATA} && node server-dist/main.mjs`,
      url: `http://127.0.0.1:${SERVER_PORT}/api/v1/health`,
      env: { PORT: String(SERVER_PORT), HOST: "127.0.0.1", DEBRIEF_DATA_DIR: SERVER_DATA },
      reuseExistingServer: !process.env.CI,
      // A first start on a new embedded folder creates the database (tens of seconds on a busy 2-core machine).
      timeout: 150_000,
    },
    {
      command: `node scripts/proxy/start-proxy.mjs ${PROXY_PORT} ${PORT + 3}`,
      url: `https://127.0.0.1:${PROXY_PORT}/api/v1/health`,
      ignoreHTTPSErrors: true,
      reuseExistingServer: !process.env.CI,
      timeout: 150_000,
    },
  ],
});
