// Two server processes on different ports sharing one PostgreSQL: how the inbox scales past one machine.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres } from "@/scripts/lib/postgres.mjs";
import { startServer, type ServerProcess } from "@/scripts/lib/server-process.mjs";
import { resultCode } from "./test-helpers";

const ASSIGNMENT = "b2c3d4e5";

describe("two server instances sharing one PostgreSQL", () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let servers: ServerProcess[] = [];

  beforeAll(async () => {
    pg = await startPostgres();
    servers = await Promise.all([startServer({ DATABASE_URL: pg.url }), startServer({ DATABASE_URL: pg.url })]);
  }, 90_000);
  afterAll(async () => {
    await Promise.all(servers.map((s) => s.stop()));
    pg?.stop();
  });

  it("takes submissions spread over both, and the teacher reads all of them from either", async () => {
    const [a, b] = servers as [ServerProcess, ServerProcess];
    expect(a.url).not.toBe(b.url);
    const created = await fetch(`${a.url}/api/v1/inboxes`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ assignmentId: ASSIGNMENT }),
    });
    const { id, key } = (await created.json()) as { id: string; key: string };
    const codes = Array.from({ length: 20 }, (_, i) => resultCode(ASSIGNMENT, `Student ${i + 1}`));
    // Every code goes to one instance, and the first five also to the other (a retry that lands elsewhere).
    const sends = codes.flatMap((code, i) => {
      const target = i % 2 === 0 ? a : b;
      const other = target === a ? b : a;
      const post = (s: ServerProcess) =>
        fetch(`${s.url}/api/v1/inboxes/${id}/results`, {
          method: "POST",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ code }),
        }).then(async (r) => ({
          status: r.status,
          receipt: ((await r.json()) as { receipt: { id: string } }).receipt,
        }));
      return i < 5 ? [post(target), post(other)] : [post(target)];
    });
    const answers = await Promise.all(sends);
    expect(answers.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    expect(answers.filter((r) => r.status === 201)).toHaveLength(20);

    for (const s of servers) {
      const res = await fetch(`${s.url}/api/v1/inboxes/${id}/results`, { headers: { Authorization: `Bearer ${key}` } });
      const body = (await res.json()) as { results: { code: string; seq: number }[]; total: number };
      expect(body.total).toBe(20);
      expect(body.results.map((r) => r.code).sort()).toEqual([...codes].sort());
      expect(body.results.map((r) => r.seq)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
    }
  });

  it("keeps an idle connection open past Node's 5 s, so a proxy reusing it does not meet a closed socket (a 502)", async () => {
    const { port } = new URL(servers[0]!.url);
    const socket = connect(Number(port), "127.0.0.1");
    const closed = new Promise<number>((resolve) => socket.on("close", () => resolve(performance.now())));
    let received = "";
    socket.on("data", (d: Buffer) => (received += d.toString("latin1")));
    const ask = () =>
      socket.write("GET /api/v1/health HTTP/1.1\r\nHost: school.example\r\nConnection: keep-alive\r\n\r\n");
    // Responses follow one another on the connection (the next status line right after the last body).
    const answers = () => received.match(/HTTP\/1\.1 200 OK\r\n/g)?.length ?? 0;
    const until = async (n: number) => {
      while (answers() < n) await new Promise((r) => setTimeout(r, 20));
    };
    await new Promise<void>((resolve) => socket.once("connect", () => resolve()));
    ask();
    await until(1);
    // Idle for 6 s, longer than Node's default keep-alive: the same connection still answers.
    const idle = await Promise.race([
      new Promise((r) => setTimeout(() => r("open"), 6_000)),
      closed.then(() => "closed"),
    ]);
    expect(idle).toBe("open");
    ask();
    await until(2);
    expect(received).toMatch(/^Keep-Alive: timeout=65/im);
    socket.destroy();
  }, 20_000);
});
