// `npm run bench`: builds, then measures every route (module JS gzip, Lighthouse mobile, median of 3) against its budget.
// Writes bench/results.json and prints a table. Not part of `npm test`: budgets are measured, never asserted in tests.
import { execFileSync, execSync, spawn } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import { findChromium } from "./lib/chromium-path.mjs";
import { extraBenchRows } from "./bench-extra.mjs";

export const ROUTES = [
  "/",
  "/article/",
  "/quiz/",
  "/flashcards/",
  "/progress/",
  "/teach/",
  "/teach/results/",
  "/assignment/",
];
const BUDGET = { jsKiB: 155, performance: 90, accessibility: 100, bestPractices: 100, seo: 100, cls: 0 };
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = 3200;

const skipBuild = process.argv.includes("--no-build");
if (!skipBuild) execSync("npm run build", { stdio: "inherit" });

/**
 * gzip -9 size of the module scripts an exported page loads. `nomodule` scripts (Next's legacy polyfills) are
 * left out: browsers that run modules never download them.
 */
export function routeJsBytes(route) {
  const html = readFileSync(join("out", route, "index.html"), "utf8");
  const tags = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
  const srcs = [...new Set(tags.map((m) => m[1]))];
  return srcs.reduce(
    (sum, src) => sum + gzipSync(readFileSync(join("out", src.split("?")[0])), { level: 9 }).length,
    0,
  );
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

async function lighthouse(url, chrome) {
  const runs = [];
  for (let i = 0; i < RUNS; i++) {
    const out = execFileSync(
      "npx",
      [
        "lighthouse",
        url,
        "--output=json",
        "--quiet",
        "--chrome-flags=--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run",
      ],
      { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
    );
    const r = JSON.parse(out.toString());
    runs.push({
      performance: Math.round(r.categories.performance.score * 100),
      accessibility: Math.round(r.categories.accessibility.score * 100),
      bestPractices: Math.round(r.categories["best-practices"].score * 100),
      seo: Math.round(r.categories.seo.score * 100),
      lcpMs: Math.round(r.audits["largest-contentful-paint"].numericValue),
      tbtMs: Math.round(r.audits["total-blocking-time"].numericValue),
      cls: Number(r.audits["cumulative-layout-shift"].numericValue.toFixed(3)),
    });
  }
  const keys = Object.keys(runs[0]);
  return Object.fromEntries(keys.map((k) => [k, median(runs.map((r) => r[k]))]));
}

const chrome = findChromium();
if (!chrome) {
  console.error("No Chromium found: run `node scripts/find-chromium.mjs` first.");
  process.exit(1);
}

const server = spawn("npx", ["serve", "out", "-l", String(PORT), "--no-clipboard", "--no-request-logging"], {
  stdio: "ignore",
  detached: true,
});
const stop = () => {
  try {
    process.kill(-server.pid);
  } catch {
    /* already gone */
  }
};
process.on("exit", stop);
for (let i = 0; i < 50; i++) {
  try {
    const res = await fetch(`http://127.0.0.1:${PORT}/`);
    if (res.ok) break;
  } catch {
    /* not up yet */
  }
  await new Promise((r) => setTimeout(r, 200));
}

const rows = [];
for (const route of ROUTES) {
  const jsKiB = Number((routeJsBytes(route) / 1024).toFixed(1));
  const lh = await lighthouse(`http://127.0.0.1:${PORT}${route}`, chrome);
  const fails = [];
  if (jsKiB > BUDGET.jsKiB) fails.push(`js ${jsKiB} > ${BUDGET.jsKiB} KiB`);
  if (lh.performance < BUDGET.performance) fails.push(`performance ${lh.performance} < ${BUDGET.performance}`);
  for (const k of ["accessibility", "bestPractices", "seo"])
    if (lh[k] < BUDGET[k]) fails.push(`${k} ${lh[k]} < ${BUDGET[k]}`);
  if (lh.cls > BUDGET.cls) fails.push(`cls ${lh.cls} > 0`);
  rows.push({ route, jsKiB, ...lh, status: fails.length ? "FAIL" : "PASS", fails });
  console.log(`measured ${route}`);
}
stop();

const sw = JSON.parse(readFileSync("out/sw-report.json", "utf8"));
const extra = [
  {
    name: "service worker (sw.js, gzip)",
    value: sw.swGzipKiB,
    unit: "KiB",
    budget: 5,
    status: sw.swGzipKiB <= 5 ? "PASS" : "FAIL",
  },
  {
    name: `offline precache (${sw.files} files, gzip)`,
    value: sw.precacheGzipKiB,
    unit: "KiB",
    budget: 1024,
    status: sw.precacheGzipKiB <= 1024 ? "PASS" : "FAIL",
  },
  ...(await extraBenchRows()),
];
const results = { measuredAt: new Date().toISOString(), runs: RUNS, budget: BUDGET, routes: rows, extra };
mkdirSync("bench", { recursive: true });
writeFileSync("bench/results.json", JSON.stringify(results, null, 2) + "\n");

const pad = (v, n) => String(v).padEnd(n);
console.log(
  "\n" +
    [
      pad("route", 16),
      pad("JS KiB", 8),
      pad("Perf", 5),
      pad("A11y", 5),
      pad("BP", 5),
      pad("SEO", 5),
      pad("LCP ms", 7),
      pad("TBT ms", 7),
      pad("CLS", 6),
      "status",
    ].join(" "),
);
for (const r of rows) {
  console.log(
    [
      pad(r.route, 16),
      pad(r.jsKiB, 8),
      pad(r.performance, 5),
      pad(r.accessibility, 5),
      pad(r.bestPractices, 5),
      pad(r.seo, 5),
      pad(r.lcpMs, 7),
      pad(r.tbtMs, 7),
      pad(r.cls, 6),
      r.status + (r.fails.length ? ` (${r.fails.join("; ")})` : ""),
    ].join(" "),
  );
}
for (const e of extra) console.log(`${e.name}: ${e.value} ${e.unit} (budget ${e.budget} ${e.unit}) ${e.status}`);
const failed = rows.some((r) => r.status === "FAIL") || extra.some((e) => e.status === "FAIL");
console.log(failed ? "\nbench: some budgets FAIL" : "\nbench: every row PASS");
if (!existsSync("bench/results.json")) process.exit(1);
process.exitCode = failed ? 1 : 0;
