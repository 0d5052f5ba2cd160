// The embedded database's first start creates its cluster (initdb, in WebAssembly). Done in the server's own thread,
// that leaves about 400 MiB of WebAssembly memory behind for the life of the process (measured with PGlite 0.5: 750 to
// 820 MiB RSS after creating a folder, 280 to 390 MiB after opening an existing one), so the cluster is created in a
// worker thread, whose memory goes when it ends; the server then opens the folder like on any later start.
import { existsSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { Worker } from "node:worker_threads";

// CommonJS so that it runs as an eval'd worker; PGlite's own require entry is passed in, resolved from this module.
const CREATE = `
const { workerData, parentPort } = require("node:worker_threads");
require(workerData.pglite)
  .PGlite.create(workerData.dir)
  .then((db) => db.close())
  .then(
    () => parentPort.postMessage("ok"),
    // Emscripten's file-system errors are objects with an errno, not Errors with a message.
    (e) => parentPort.postMessage(String((e && (e.message || e.code || (e.errno && "errno " + e.errno))) || JSON.stringify(e))),
  );
`;

/** Creates the embedded database's cluster in `dataDir` unless one is there (its PG_VERSION file). */
export async function createClusterApart(dataDir: string): Promise<void> {
  if (existsSync(join(dataDir, "PG_VERSION"))) return;
  const pglite = createRequire(import.meta.url).resolve("@electric-sql/pglite");
  const worker = new Worker(CREATE, { eval: true, workerData: { pglite, dir: dataDir } });
  const answer = await new Promise<string>((resolve) => {
    worker.once("message", resolve);
    worker.once("error", (err) => resolve(err.message));
    worker.once("exit", (code) => resolve(`the worker stopped (${code})`));
  });
  await worker.terminate();
  if (answer !== "ok") throw new Error(`The embedded database could not be created in ${dataDir}: ${answer}`);
}
