// `npm run bench`: builds the app and a blank Next page (the floor, bench/floor/, same node_modules and Next version),
// serves both through the Debrief server as `npm start` runs it (compiled, precompressed files, a temporary data
// folder), and measures every route beside the floor in the same run: module JS (gzip), the first-load transfer (bytes
// over the wire as the server sends them to a browser), Lighthouse mobile
// (median of BENCH_RUNS, default 3, with the floor interleaved between the routes), then interaction latency at 4x CPU
// throttle, scale figures, the service worker and quiz generation. Budgets are relative to the floor (see
// scripts/lib/bench-budgets.mjs). Writes bench/results.json and the table in the README's performance section.
// Not part of `npm test`, except the module-JS budget: `npm run check:size` (in `npm test`) asserts it with the same
// measurement (scripts/lib/route-size.mjs) beside the floor recorded in bench/floor.json.
//
// Flags: --no-build (reuse out/ and bench/floor/out/), --no-lighthouse, --no-interactions (quicker partial runs; the
// result then says what was skipped), --readme-only (rewrite the README's table from bench/results.json).
// Env: BENCH_RUNS (Lighthouse runs per page), BENCH_ROUNDS (interaction rounds), BENCH_PORT (first of two ports,
// default 3171).
import { execFileSync, execSync, spawn } from "node:child_process";
import { cpus, loadavg, tmpdir, totalmem } from "node:os";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { findChromium } from "./lib/chromium-path.mjs";
import { BUDGET, judgeRoute, medians, roundOrder } from "./lib/bench-budgets.mjs";
import { extraBenchRows } from "./bench-extra.mjs";
import { precompressDir } from "./lib/precompress.mjs";
import { routeJsBytes } from "./lib/route-size.mjs";

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
const FLOOR_DIR = join("bench", "floor");
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const PORT = Number(process.env.BENCH_PORT ?? 3171);
const FLOOR_PORT = PORT + 1;

// The machine is shared: its load at the start and the end of the run says how far to trust absolute figures.
const loadAtStart = loadavg()[0];
const args = new Set(process.argv.slice(2));
const skipBuild = args.has("--no-build");
const skipLighthouse = args.has("--no-lighthouse");
const skipInteractions = args.has("--no-interactions");

// Rewrites the README's table from bench/results.json without measuring anything (after editing the table's layout).
if (args.has("--readme-only")) {
  await updateReadme(JSON.parse(readFileSync("bench/results.json", "utf8")));
  process.exit(0);
}

const chrome = findChromium();
if (!chrome) {
  console.error("No Chromium found: run `node scripts/find-chromium.mjs` first.");
  process.exit(1);
}

if (!skipBuild) {
  execSync("npm run build", { stdio: "inherit" });
  buildFloor();
}
if (!existsSync(join(FLOOR_DIR, "out", "index.html"))) buildFloor();
// The floor gets the same Brotli and gzip copies as the app's build (a few files: quick, and kept up to date).
precompressDir(join(FLOOR_DIR, "out"));
if (!existsSync(join("server-dist", "main.mjs"))) execSync("node scripts/build-server.mjs", { stdio: "inherit" });

/** The floor: bench/floor/ is a Next app of one blank page; inside the repo, so it resolves the same node_modules. */
function buildFloor() {
  console.log("\nbench: building the floor (a blank page, same Next) in bench/floor/");
  execSync(`npx next build ${FLOOR_DIR}`, { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  // Its .next/types/*.ts would otherwise be picked up by the project's `tsc` (tsconfig includes **/*.ts).
  rmSync(join(FLOOR_DIR, ".next"), { recursive: true, force: true });
}

const kib = (bytes) => Number((bytes / 1024).toFixed(1));

function lighthouseOnce(url, tries = 2) {
  try {
    return lighthouseRun(url);
  } catch (e) {
    // Lighthouse's own transient failures (NO_NAVSTART, NO_FCP...) end "Please run Lighthouse again.": run it again.
    if (tries > 1 && /run Lighthouse again/.test(String(e.stderr ?? e.message))) return lighthouseOnce(url, tries - 1);
    throw e;
  }
}

function lighthouseRun(url) {
  const out = execFileSync(
    join("node_modules", ".bin", "lighthouse"),
    [
      url,
      "--output=json",
      "--quiet",
      "--only-categories=performance,accessibility,best-practices,seo",
      "--chrome-flags=--headless=new --no-sandbox --disable-background-networking --disable-component-update --disable-sync --no-first-run",
    ],
    { env: { ...process.env, CHROME_PATH: chrome }, maxBuffer: 64 * 1024 * 1024 },
  );
  const r = JSON.parse(out.toString());
  return {
    performance: Math.round(r.categories.performance.score * 100),
    accessibility: Math.round(r.categories.accessibility.score * 100),
    bestPractices: Math.round(r.categories["best-practices"].score * 100),
    seo: Math.round(r.categories.seo.score * 100),
    lcpMs: Math.round(r.audits["largest-contentful-paint"].numericValue),
    tbtMs: Math.round(r.audits["total-blocking-time"].numericValue),
    cls: Number(r.audits["cumulative-layout-shift"].numericValue.toFixed(3)),
  };
}

const servers = [];
const dataDirs = [];
/** The Debrief server serving `dir`, started as `npm start` starts it (compiled), with a throwaway database folder. */
function serve(dir, port) {
  const data = mkdtempSync(join(tmpdir(), "debrief-bench-"));
  dataDirs.push(data);
  const server = spawn(process.execPath, [join("server-dist", "main.mjs")], {
    stdio: "ignore",
    detached: true,
    env: {
      ...process.env,
      PORT: String(port),
      HOST: "127.0.0.1",
      DEBRIEF_STATIC_DIR: dir,
      DEBRIEF_DATA_DIR: join(data, "inbox"),
      DATABASE_URL: "",
    },
  });
  servers.push(server);
  return server;
}
const stopServers = () => {
  for (const s of servers)
    try {
      process.kill(-s.pid);
    } catch {
      /* already gone */
    }
};
process.on("exit", () => {
  stopServers();
  for (const d of dataDirs) rmSync(d, { recursive: true, force: true });
});
process.on("SIGINT", () => process.exit(130));

async function waitUp(port) {
  // The server creates its embedded database first: a few seconds, over a minute on a very busy machine.
  for (let i = 0; i < 900; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`nothing answered on port ${port}`);
}

serve("out", PORT);
serve(join(FLOOR_DIR, "out"), FLOOR_PORT);
await Promise.all([waitUp(PORT), waitUp(FLOOR_PORT)]);

/**
 * Bytes over the wire of a route's first load, as the server sends them to a browser that accepts Brotli: the page,
 * its module scripts and its stylesheets (bodies as sent, Content-Length; headers not counted).
 */
export async function routeTransferBytes(port, route, outDir = "out") {
  const html = readFileSync(join(outDir, route, "index.html"), "utf8");
  const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"[^>]*>/g)].filter((m) => !/\snomodule/i.test(m[0]));
  const styles = [...html.matchAll(/<link[^>]*\srel="stylesheet"[^>]*>/g)].map((m) => /\shref="([^"]+)"/.exec(m[0]));
  const urls = [...new Set([route, ...scripts.map((m) => m[1]), ...styles.filter(Boolean).map((m) => m[1])])];
  let sum = 0;
  for (const u of urls) {
    const res = await fetch(`http://127.0.0.1:${port}${u}`, {
      headers: { "Accept-Encoding": "gzip, deflate, br, zstd" },
    });
    await res.arrayBuffer();
    if (!res.ok) throw new Error(`${u}: HTTP ${res.status}`);
    sum += Number(res.headers.get("content-length") ?? 0);
  }
  return sum;
}

// Module JS and transfer: properties of the build and the server, so measured once.
const floorJsKiB = kib(routeJsBytes("/", join(FLOOR_DIR, "out")));
const jsKiB = Object.fromEntries(ROUTES.map((r) => [r, kib(routeJsBytes(r))]));
const floorTransferKiB = kib(await routeTransferBytes(FLOOR_PORT, "/", join(FLOOR_DIR, "out")));
const transferKiB = {};
for (const r of ROUTES) transferKiB[r] = kib(await routeTransferBytes(PORT, r));

// Warm-up, not counted: every page and script fetched once from each server and one Lighthouse run, so the first
// measured page does not pay for a cold file cache or the first start of Chromium.
async function warmUp() {
  const pages = [[FLOOR_PORT, join(FLOOR_DIR, "out"), "/"], ...ROUTES.map((r) => [PORT, "out", r])];
  for (const [port, dir, route] of pages) {
    const html = readFileSync(join(dir, route, "index.html"), "utf8");
    const srcs = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((m) => m[1]);
    await Promise.all([route, ...srcs].map((u) => fetch(`http://127.0.0.1:${port}${u}`).then((r) => r.arrayBuffer())));
  }
  lighthouseOnce(`http://127.0.0.1:${FLOOR_PORT}/`);
}
if (!skipLighthouse) await warmUp();

// Lighthouse: RUNS rounds; each round measures every route once and the floor once, at a different place each round.
const samples = new Map([[null, []], ...ROUTES.map((r) => [r, []])]);
if (!skipLighthouse)
  for (let round = 0; round < RUNS; round++)
    for (const route of roundOrder(ROUTES, round, RUNS)) {
      const url = route === null ? `http://127.0.0.1:${FLOOR_PORT}/` : `http://127.0.0.1:${PORT}${route}`;
      const t0 = Date.now();
      samples.get(route).push(lighthouseOnce(url));
      const last = samples.get(route).at(-1);
      console.log(
        `round ${round + 1}/${RUNS} ${(route ?? "floor").padEnd(16)} Perf ${last.performance} TBT ${last.tbtMs} ms ` +
          `LCP ${last.lcpMs} ms (${((Date.now() - t0) / 1000).toFixed(0)} s)`,
      );
    }
stopServers();

const lh = (route) => (samples.get(route).length ? medians(samples.get(route)) : null);
const floor = { jsKiB: floorJsKiB, transferKiB: floorTransferKiB, ...lh(null), runs: samples.get(null) };
const rows = ROUTES.map((route) => {
  const figures = { jsKiB: jsKiB[route], transferKiB: transferKiB[route], ...lh(route) };
  if (skipLighthouse) {
    const over = Number((figures.jsKiB - floor.jsKiB).toFixed(1));
    const overT = Number((figures.transferKiB - floor.transferKiB).toFixed(1));
    const fails = [
      ...(over > BUDGET.jsOverFloorKiB ? [`JS floor +${over} KiB > +${BUDGET.jsOverFloorKiB}`] : []),
      ...(overT > BUDGET.transferOverFloorKiB
        ? [`transfer floor +${overT} KiB > +${BUDGET.transferOverFloorKiB}`]
        : []),
    ];
    return {
      route,
      ...figures,
      diff: { jsKiB: over, transferKiB: overT },
      status: fails.length ? "FAIL" : "PASS",
      fails,
    };
  }
  return { route, ...figures, ...judgeRoute(figures, floor), runs: samples.get(route) };
});

// Interaction latency against the app (served again: the Lighthouse runs are over, so nothing competes with it).
let interactions = { skipped: true, rows: [] };
if (!skipInteractions) {
  serve("out", PORT);
  await waitUp(PORT);
  try {
    const out = execFileSync("npx", ["tsx", "scripts/bench-interactions.ts", `http://127.0.0.1:${PORT}`], {
      encoding: "utf8",
      maxBuffer: 16 * 1024 * 1024,
    });
    interactions = JSON.parse(out.trim().split("\n").pop());
  } catch (e) {
    interactions = {
      rows: [{ name: "interaction latency", status: "FAIL", error: String(e.message ?? e).split("\n")[0] }],
    };
  }
  stopServers();
}

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

const machine = {
  cpu: `${cpus()[0]?.model ?? "unknown"} (${cpus().length} cores)`,
  memoryGiB: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  chromium: execFileSync(chrome, ["--version"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim(),
  next: JSON.parse(readFileSync("node_modules/next/package.json", "utf8")).version,
  loadAverage: { start: Number(loadAtStart.toFixed(1)), end: Number(loadavg()[0].toFixed(1)) },
};
const skipped = [skipLighthouse && "lighthouse", skipInteractions && "interactions"].filter(Boolean);
const results = {
  measuredAt: new Date().toISOString(),
  machine,
  runs: RUNS,
  budget: BUDGET,
  ...(skipped.length ? { skipped } : {}),
  floor,
  routes: rows,
  interactions,
  extra,
};
mkdirSync("bench", { recursive: true });
writeFileSync("bench/results.json", JSON.stringify(results, null, 2) + "\n");
await updateReadme(results);

// The table: each route's figures beside the floor's, with the difference.
const sign = (x) => (x > 0 ? `+${x}` : String(x));
const pad = (v, n) => String(v ?? "-").padEnd(n);
const fig = (v, d) => (v === undefined ? "-" : `${v} (${sign(d)})`);
console.log(
  "\n" +
    [
      pad("page", 16),
      pad("JS KiB", 15),
      pad("sent KiB", 15),
      pad("Perf", 9),
      pad("TBT ms", 11),
      pad("LCP ms", 12),
    ].join(" ") +
    " A11y BP  SEO CLS   status",
);
console.log(
  [
    pad("floor", 16),
    pad(floor.jsKiB, 15),
    pad(floor.transferKiB, 15),
    pad(floor.performance, 9),
    pad(floor.tbtMs, 11),
    pad(floor.lcpMs, 12),
    pad(floor.accessibility, 4),
    pad(floor.bestPractices, 3),
    pad(floor.seo, 3),
    pad(floor.cls, 5),
  ].join(" ") + " (blank Next page)",
);
for (const r of rows)
  console.log(
    [
      pad(r.route, 16),
      pad(fig(r.jsKiB, r.diff.jsKiB), 15),
      pad(fig(r.transferKiB, r.diff.transferKiB), 15),
      pad(fig(r.performance, r.diff.performance), 9),
      pad(fig(r.tbtMs, r.diff.tbtMs), 11),
      pad(fig(r.lcpMs, r.diff.lcpMs), 12),
      pad(r.accessibility, 4),
      pad(r.bestPractices, 3),
      pad(r.seo, 3),
      pad(r.cls, 5),
      r.status + (r.fails.length ? ` (${r.fails.join("; ")})` : ""),
    ].join(" "),
  );
if (skipLighthouse) console.log("(Lighthouse skipped: --no-lighthouse)");
console.log(`\nInteraction latency at ${interactions.throttle ?? 4}x CPU throttle, click to painted:`);
if (interactions.skipped) console.log("(skipped: --no-interactions)");
for (const i of interactions.rows)
  console.log(
    `${pad(i.name, 62)} median ${pad(i.medianMs, 6)} p90 ${pad(i.p90Ms, 6)} ms (p90 budget ${i.budgetP90Ms ?? "-"}, ` +
      `${i.rounds ?? 0} rounds) ${i.status}${i.error ? ` (${i.error})` : ""}`,
  );
console.log("");
for (const e of extra)
  console.log(
    `${e.name}: ${e.value} ${e.unit} (budget ${e.budget} ${e.unit}) ${e.status}${e.error ? ` (${e.error})` : ""}`,
  );

const failed = [...rows, ...interactions.rows, ...extra].some((r) => r.status === "FAIL");
console.log(
  failed
    ? "\nbench: some budgets FAIL"
    : skipped.length
      ? `\nbench: every measured row PASS (skipped: ${skipped.join(", ")})`
      : "\nbench: every row PASS",
);
process.exitCode = failed ? 1 : 0;

/** Rewrites the table between the bench markers in README.md (date, machine, the floor and each route). */
async function updateReadme(r) {
  const START = "<!-- bench:start -->";
  const END = "<!-- bench:end -->";
  const readme = readFileSync("README.md", "utf8");
  const a = readme.indexOf(START);
  const b = readme.indexOf(END);
  if (a < 0 || b < a || r.skipped) return;
  const s = (x) => (x > 0 ? `+${x}` : String(x));
  const lines = [
    START,
    `Last run ${r.measuredAt.slice(0, 16).replace("T", " ")} UTC on ${r.machine.cpu}, ${r.machine.memoryGiB} GiB, ` +
      `Node ${r.machine.node}, ${r.machine.chromium}, Next ${r.machine.next}, load average ` +
      `${r.machine.loadAverage.start} at the start and ${r.machine.loadAverage.end} at the end; Lighthouse mobile, ` +
      `median of ${r.runs}, every page served by the Debrief server as \`npm start\` runs it; in brackets, the ` +
      `difference from the floor. Sent: the page, its module scripts and styles as sent to a browser (Brotli).`,
    "",
    "| page | JS KiB gzip | sent KiB | Performance | TBT ms | LCP ms | A11y / BP / SEO | CLS | status |",
    "| --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    `| floor (blank Next page) | ${r.floor.jsKiB} | ${r.floor.transferKiB ?? "-"} | ${r.floor.performance} | ` +
      `${r.floor.tbtMs} | ${r.floor.lcpMs} | ` +
      `${r.floor.accessibility} / ${r.floor.bestPractices} / ${r.floor.seo} | ${r.floor.cls} | |`,
    ...r.routes.map(
      (x) =>
        `| ${x.route} | ${x.jsKiB} (${s(x.diff.jsKiB)}) | ` +
        `${x.transferKiB === undefined ? "-" : `${x.transferKiB} (${s(x.diff.transferKiB)})`} | ` +
        `${x.performance} (${s(x.diff.performance)}) | ` +
        `${x.tbtMs} (${s(x.diff.tbtMs)}) | ${x.lcpMs} | ${x.accessibility} / ${x.bestPractices} / ${x.seo} | ` +
        `${x.cls} | ${x.status} |`,
    ),
    "",
    `| interaction (${r.interactions.throttle ?? 4}x CPU throttle) | median ms | p90 ms | p90 budget | status |`,
    "| --- | --- | --- | --- | --- |",
    ...r.interactions.rows.map(
      (i) => `| ${i.name} | ${i.medianMs ?? "-"} | ${i.p90Ms ?? "-"} | ${i.budgetP90Ms ?? "-"} | ${i.status} |`,
    ),
    "",
    "| other figure | value | budget | status |",
    "| --- | --- | --- | --- |",
    ...r.extra.map((e) => `| ${e.name} | ${e.value} ${e.unit} | ${e.budget} ${e.unit} | ${e.status} |`),
    END,
  ];
  // Through prettier, as `npm run format` would write it, so formatting the repo never rewrites the table.
  const prettier = await import("prettier");
  const options = { ...(await prettier.resolveConfig("README.md")), filepath: "README.md" };
  const text = readme.slice(0, a) + lines.join("\n") + readme.slice(b + END.length);
  writeFileSync("README.md", await prettier.format(text, options));
}
