// After `next build`: writes out/sw.js, a service worker that precaches every file of the export.
// The cache name is a hash of every file's content, so any change deploys as a new version that waits
// until the learner chooses to reload (see components/shell/update-prompt.tsx).
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { gzipSync } from "node:zlib";

const OUT = "out";
const SKIP = new Set(["sw.js", "sw-report.json", "404/index.html"]);

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

const files = walk(OUT)
  .map((p) => relative(OUT, p).split(sep).join("/"))
  // api/: the static stand-in for the inbox's health check; the inbox API is never cached.
  // .wasm: sql.js's engine for the Anki download (about 330 KiB gzip) is fetched on that download and kept by the page
  // (components/export/load-sql.ts), not precached for every visitor.
  // .br/.gz: the compressed copies scripts/precompress.mjs writes beside the files (never fetched by name).
  .filter(
    (p) =>
      !SKIP.has(p) && !p.endsWith(".map") && !p.endsWith(".wasm") && !p.startsWith("api/") && !/\.(br|gz)$/.test(p),
  )
  .sort();

// 404.html too: offline, an address the export does not have gets "Page not found", as it does online.
const precached = files.filter(
  (f) => f === "index.html" || f === "404.html" || f.endsWith("/index.html") || !f.endsWith(".html"),
);
const hash = createHash("sha256");
for (const f of files) hash.update(f).update(readFileSync(join(OUT, f)));
const version = hash.digest("hex").slice(0, 12);
// Pages are cached under their route URL (/quiz/), the way hosts serve them: many hosts redirect /quiz/index.html.
const urls = precached.map((f) => "/" + f.replace(/(^|\/)index\.html$/, "$1"));

const bytes = precached.reduce((sum, f) => sum + statSync(join(OUT, f)).size, 0);
const gzipBytes = precached.reduce((sum, f) => sum + gzipSync(readFileSync(join(OUT, f)), { level: 9 }).length, 0);

const template = readFileSync(join(import.meta.dirname, "sw-template.js"), "utf8");
const sw = template.replace("__VERSION__", version).replace("__PRECACHE__", JSON.stringify(urls));
writeFileSync(join(OUT, "sw.js"), sw);
const report = {
  version,
  files: urls.length,
  precacheKiB: +(bytes / 1024).toFixed(1),
  precacheGzipKiB: +(gzipBytes / 1024).toFixed(1),
  swGzipKiB: +(gzipSync(sw, { level: 9 }).length / 1024).toFixed(1),
};
writeFileSync(join(OUT, "sw-report.json"), JSON.stringify(report));
console.log(
  `sw.js ${version}: precaches ${report.files} files, ${report.precacheKiB} KiB (${report.precacheGzipKiB} KiB gzip); sw.js ${report.swGzipKiB} KiB gzip`,
);
