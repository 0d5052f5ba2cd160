// One process per embedded database: PGlite takes no lock of its own, and two processes writing one folder lose
// acknowledged results. Real processes, started as `npm start` starts the server (scripts/lib/server-process.mjs).
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { startServer, type ServerProcess } from "@/scripts/lib/server-process.mjs";
import { resultCode } from "./test-helpers";

const ASSIGNMENT = "c3d4e5f6";
const START = { timeoutMs: 150_000 };

describe("the embedded database's folder", () => {
  const root = mkdtempSync(join(tmpdir(), "debrief-lock-"));
  const dataDir = join(root, "inbox");
  const running: ServerProcess[] = [];
  const start = async () => {
    const s = await startServer({ DEBRIEF_DATA_DIR: dataDir }, START);
    running.push(s);
    return s;
  };
  afterAll(async () => {
    await Promise.all(running.map((s) => s.stop("SIGKILL")));
    rmSync(root, { recursive: true, force: true });
  });

  it("is held by one process: a second refuses to start, naming the folder and the PID, and nothing is lost", async () => {
    const first = await start();
    const created = await fetch(`${first.url}/api/v1/inboxes`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ assignmentId: ASSIGNMENT }),
    });
    const { id, key } = (await created.json()) as { id: string; key: string };
    const submit = (s: ServerProcess, name: string) =>
      fetch(`${s.url}/api/v1/inboxes/${id}/results`, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify({ code: resultCode(ASSIGNMENT, name) }),
      }).then((r) => r.status);

    const before = await Promise.all(Array.from({ length: 10 }, (_, i) => submit(first, `Early ${i}`)));
    const second = startServer({ DEBRIEF_DATA_DIR: dataDir }, START);
    const refused = await second.then(
      (s) => (running.push(s), null),
      (err: Error) => err.message,
    );
    expect(refused).toMatch(/exited \(1\)/);
    expect(refused).toContain(dataDir);
    expect(refused).toContain(`process ${first.pid}`);
    const after = await Promise.all(Array.from({ length: 10 }, (_, i) => submit(first, `Late ${i}`)));
    const acknowledged = [...before, ...after].filter((s) => s === 201).length;
    expect(acknowledged).toBe(20);

    // A clean stop releases the folder; the next process finds every acknowledged result.
    await first.stop();
    const third = await start();
    const res = await fetch(`${third.url}/api/v1/inboxes/${id}/results`, {
      headers: { Authorization: `Bearer ${key}` },
    });
    const body = (await res.json()) as { total: number; results: unknown[] };
    expect(body.results).toHaveLength(acknowledged);
    expect(body.total).toBe(acknowledged);

    // A crashed (SIGKILLed) process leaves its lock behind; the next start takes it over.
    await third.stop("SIGKILL");
    const fourth = await start();
    expect((await fetch(`${fourth.url}/api/v1/health`)).status).toBe(200);
    await fourth.stop();
  }, 600_000);
});
