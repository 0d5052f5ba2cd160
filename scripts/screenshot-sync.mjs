// Screenshots of the sync panel on /progress (issue 27), which needs the Debrief server (npm run screenshots serves
// the static export only). Usage after `npm run build`: node scripts/screenshot-sync.mjs [--port=3650]
// Writes screenshots/sync-{off,on}-{phone,desktop}-{light,dark}.png.
import { spawn } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { chromium } from "@playwright/test";
import { findChromium } from "./lib/chromium-path.mjs";

const PORT = Number(process.argv.find((a) => a.startsWith("--port="))?.slice(7) ?? 3650);
const BASE = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(join(tmpdir(), "debrief-sync-shots-"));
mkdirSync("screenshots", { recursive: true });

const server = spawn("node", ["server-dist/main.mjs"], {
  env: { ...process.env, PORT: String(PORT), HOST: "127.0.0.1", DEBRIEF_DATA_DIR: join(dataDir, "db") },
  stdio: "ignore",
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    // already gone
  }
  rmSync(dataDir, { recursive: true, force: true });
};
process.on("exit", stop);
for (let i = 0; i < 600; i++) {
  try {
    if ((await fetch(`${BASE}/api/v1/health`)).ok) break;
  } catch {
    // not up yet
  }
  await new Promise((r) => setTimeout(r, 250));
}

const browser = await chromium.launch({ executablePath: findChromium() });
const heading = "Keep my progress on my other devices";
try {
  for (const [size, viewport] of [
    ["phone", { width: 360, height: 740 }],
    ["desktop", { width: 1280, height: 900 }],
  ])
    for (const theme of ["light", "dark"]) {
      const context = await browser.newContext({ viewport, colorScheme: theme, serviceWorkers: "block" });
      const page = await context.newPage();
      await page.goto(`${BASE}/progress/`);
      const panel = page.getByRole("region", { name: heading });
      await panel.getByRole("button", { name: "Turn on sync" }).waitFor();
      await panel.scrollIntoViewIfNeeded();
      await panel.screenshot({ path: `screenshots/sync-off-${size}-${theme}.png` });
      await panel.getByRole("button", { name: "Turn on sync" }).click();
      await panel.getByText(/^Last synced/).waitFor();
      await panel.getByRole("button", { name: "Show QR code" }).click();
      await panel.getByRole("img", { name: /QR code/ }).waitFor();
      await panel.screenshot({ path: `screenshots/sync-on-${size}-${theme}.png` });
      await context.close();
    }
} finally {
  await browser.close();
  stop();
}
console.log("screenshots/sync-{off,on}-{phone,desktop}-{light,dark}.png");
