// The embedded database's memory: creating its cluster (initdb in WebAssembly) used to leave about 400 MiB in the
// server process for good (853 MiB RSS idle after a first start); it now happens in a worker thread that ends.
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { startServer, type ServerProcess } from "@/scripts/lib/server-process.mjs";

const dir = mkdtempSync(join(tmpdir(), "debrief-memory-"));
let server: ServerProcess | undefined;
afterAll(async () => {
  await server?.stop();
  rmSync(dir, { recursive: true, force: true });
});

const rssMiB = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1]) / 1024;

it("starts on a new embedded database folder without keeping the cluster creation's memory", async () => {
  server = await startServer({ DEBRIEF_DATA_DIR: join(dir, "inbox") });
  const res = await fetch(`${server.url}/api/v1/health`);
  expect(res.status).toBe(200);
  // About 450 MiB here (about 500 through tsx, as this test runs it); 853 MiB before.
  expect(rssMiB(server.pid)).toBeLessThan(650);
}, 120_000);
