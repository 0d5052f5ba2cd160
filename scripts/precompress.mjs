// After `next build` and the service worker: Brotli and gzip copies of the export's text files (see lib/precompress.mjs).
import { precompressDir } from "./lib/precompress.mjs";

const t0 = Date.now();
const t = precompressDir("out");
const kib = (n) => (n / 1024).toFixed(0);
console.log(
  `precompressed ${t.files} files in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${kib(t.bytes)} KiB -> ` +
    `${kib(t.br)} KiB brotli, ${kib(t.gz)} KiB gzip`,
);
