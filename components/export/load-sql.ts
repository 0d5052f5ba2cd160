// Loaded with the Anki download only (never in a page's first load): sql.js, which builds the .apkg's SQLite collection.
// Its WebAssembly (about 330 KiB gzip) is left out of the offline precache and kept in the browser's Cache Storage after
// the first download instead, so the next Anki download works offline.
import initSqlJs, { type SqlJsStatic } from "sql.js";

// The bundler emits the file with a content hash in its name, so a cached copy always matches the sql.js code above.
const WASM_URL = new URL("../../node_modules/sql.js/dist/sql-wasm-browser.wasm", import.meta.url).href;
// Not "debrief-…": the service worker deletes those caches when a new version of the app takes over.
const CACHE = "anki-sqlite-engine";

async function wasmBytes(): Promise<ArrayBuffer> {
  const cache = await globalThis.caches?.open(CACHE).catch(() => undefined);
  const hit = await cache?.match(WASM_URL);
  if (hit) return hit.arrayBuffer();
  const res = await fetch(WASM_URL);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  await cache?.put(WASM_URL, res.clone()).catch(() => undefined);
  return res.arrayBuffer();
}

let loading: Promise<SqlJsStatic> | undefined;

/** sql.js, initialised once per page; a failed load (offline on the first download) is retried on the next click. */
export function loadSql(): Promise<SqlJsStatic> {
  loading ??= wasmBytes().then((wasmBinary) => initSqlJs({ wasmBinary }));
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}
