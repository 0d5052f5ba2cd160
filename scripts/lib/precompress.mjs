// Writes a Brotli (.br) and a gzip (.gz) copy beside every compressible file of the static export, once at build, so
// the server sends compressed files without compressing on each request (server/static-files.ts picks one by the
// browser's Accept-Encoding). Measured on /quiz's first load: 773 KB plain, about 219 KB gzip -9, less with Brotli 11;
// Hono's compress middleware would spend CPU on every request and offers gzip and deflate only.
import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { extname, join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** Extensions worth compressing (text); images and fonts in the export are already compressed. */
export const COMPRESSIBLE = new Set([
  ".html",
  ".js",
  ".mjs",
  ".css",
  ".json",
  ".txt",
  ".svg",
  ".webmanifest",
  ".xml",
  ".map",
]);
/** Smaller files gain too little to be worth a second request path. */
const MIN_BYTES = 1024;

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/** Compresses every compressible file under `dir`; returns the totals in bytes. */
export function precompressDir(dir) {
  const totals = { files: 0, bytes: 0, br: 0, gz: 0 };
  for (const path of walk(dir)) {
    if (!COMPRESSIBLE.has(extname(path)) || path.endsWith(".map")) continue;
    const body = readFileSync(path);
    if (body.length < MIN_BYTES) continue;
    const br = brotliCompressSync(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    });
    const gz = gzipSync(body, { level: 9 });
    // A copy no smaller than the file would only cost the browser a decompression.
    if (br.length < body.length) writeFileSync(`${path}.br`, br);
    if (gz.length < body.length) writeFileSync(`${path}.gz`, gz);
    totals.files += 1;
    totals.bytes += body.length;
    totals.br += Math.min(br.length, body.length);
    totals.gz += Math.min(gz.length, body.length);
  }
  return totals;
}
