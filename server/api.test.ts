// The inbox API, the same cases on the embedded database (PGlite, in process) and on a real PostgreSQL server.
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { decodeResult } from "@/core/assignment/result/result-code";
import { encodeAssignment } from "@/core/assignment/link/assignment-code";
import { startPostgres } from "@/scripts/lib/postgres.mjs";
import { createApp } from "./app";
import { configFromEnv, type ServerConfig } from "./config";
import { parseTrustProxy } from "./proxy";
import { openDatabase, type InboxDb } from "./db";
import { resultCode } from "./test-helpers";

const NOW = new Date(Date.UTC(2026, 10, 30, 10, 0, 0));
const ASSIGNMENT = "a1b2c3d4";

type Engine = { name: string; open(): Promise<{ db: InboxDb; cleanup(): void }> };

const engines: Engine[] = [
  {
    name: "embedded database (PGlite)",
    async open() {
      const dir = mkdtempSync(join(tmpdir(), "debrief-pglite-"));
      const db = await openDatabase({ dataDir: join(dir, "inbox") });
      return { db, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
    },
  },
  {
    name: "PostgreSQL server",
    async open() {
      const pg = await startPostgres();
      const db = await openDatabase({ databaseUrl: pg.url, dataDir: "" });
      return { db, cleanup: () => pg.stop() };
    },
  },
];

describe.each(engines)("inbox API on the $name", (engine) => {
  let db: InboxDb;
  let cleanup = () => {};
  let clock = NOW.getTime();

  beforeAll(async () => {
    ({ db, cleanup } = await engine.open());
  }, 60_000);
  afterAll(async () => {
    await db?.close();
    cleanup();
  });

  function server(overrides: Partial<ServerConfig> = {}) {
    const config = { ...configFromEnv({}), staticDir: "", ...overrides };
    const app = createApp({ config, db, now: () => new Date(clock) });
    const call = async (
      method: string,
      path: string,
      init: { body?: unknown; key?: string; headers?: Record<string, string>; peer?: string } = {},
    ) => {
      const headers: Record<string, string> = { ...init.headers };
      if (init.body !== undefined) headers["Content-Type"] = "application/json";
      if (init.key) headers.Authorization = `Bearer ${init.key}`;
      const body =
        typeof init.body === "string" ? init.body : init.body === undefined ? undefined : JSON.stringify(init.body);
      // The socket's peer, as @hono/node-server hands it to the app; a teacher on the school network by default.
      const socket = { remoteAddress: init.peer ?? "127.0.0.1" };
      const res = await app.request(
        `http://inbox.test/api/v1${path}`,
        { method, headers, body },
        { incoming: { socket } },
      );
      const json = res.headers.get("content-type")?.includes("json") ? await res.json() : null;
      return { status: res.status, json, headers: res.headers };
    };
    return {
      call,
      async inbox(assignmentId = ASSIGNMENT) {
        const res = await call("POST", "/inboxes", { body: { assignmentId } });
        expect(res.status).toBe(201);
        return res.json as { id: string; key: string; expiresAt: string };
      },
      submit: (id: string, code: string) => call("POST", `/inboxes/${id}/results`, { body: { code } }),
      list: (id: string, key: string, after = 0) => call("GET", `/inboxes/${id}/results?after=${after}`, { key }),
    };
  }

  it("says it is up, and which database it uses", async () => {
    const res = await server().call("GET", "/health");
    expect(res.status).toBe(200);
    expect(res.json).toMatchObject({
      ok: true,
      database: engine.name.startsWith("PostgreSQL") ? "postgresql" : "embedded",
    });
  });

  it("creates an inbox with a long random id and key, and stores only a hash of the key", async () => {
    const s = server();
    const a = await s.inbox();
    const b = await s.inbox();
    expect(a.id).toMatch(/^[A-Za-z0-9_-]{22}$/); // 128 bits
    expect(a.key).toMatch(/^[A-Za-z0-9_-]{43}$/); // 256 bits
    expect(a.id).not.toBe(b.id);
    expect(new Date(a.expiresAt).getTime() - clock).toBe(60 * 86_400_000);
    const row = await db.findInbox(a.id, NOW);
    expect(row?.keyHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.keyHash).not.toContain(a.key);
  });

  it("stores a result once, answers a repeat with the same receipt, and lists only what is new after a cursor", async () => {
    const s = server();
    const { id, key } = await s.inbox();
    const first = await s.submit(id, resultCode(ASSIGNMENT, "Ana"));
    expect(first.status).toBe(201);
    expect(first.json.receipt).toEqual({ id: expect.any(String), receivedAt: NOW.toISOString() });
    const again = await s.submit(id, resultCode(ASSIGNMENT, "Ana"));
    expect(again.status).toBe(200);
    expect(again.json.receipt).toEqual(first.json.receipt);

    const page1 = await s.list(id, key);
    expect(page1.status).toBe(200);
    expect(page1.json.results).toHaveLength(1);
    expect(page1.json.results[0]).toMatchObject({
      seq: 1,
      receiptId: first.json.receipt.id,
      code: resultCode(ASSIGNMENT, "Ana"),
    });
    expect(page1.json).toMatchObject({ next: 1, total: 1, closed: false });

    await s.submit(id, resultCode(ASSIGNMENT, "Ben"));
    const page2 = await s.list(id, key, page1.json.next);
    expect(
      page2.json.results.map((r: { code: string }) => decodeResult(r.code).ok && decodeResult(r.code)),
    ).toMatchObject([{ value: { name: "Ben" } }]);
    expect((await s.list(id, key, page2.json.next)).json.results).toEqual([]);
  });

  it("stores the same code sent many times at once as one row with one receipt", async () => {
    const s = server();
    const { id, key } = await s.inbox();
    const code = resultCode(ASSIGNMENT, "Cleo");
    const answers = await Promise.all(Array.from({ length: 12 }, () => s.submit(id, code)));
    expect(answers.filter((a) => a.status === 201)).toHaveLength(1);
    expect(answers.every((a) => a.status === 200 || a.status === 201)).toBe(true);
    expect(new Set(answers.map((a) => a.json.receipt.id)).size).toBe(1);
    expect((await s.list(id, key)).json.results).toHaveLength(1);
  });

  it("refuses to list, close or delete without the key, with a wrong key, or with another teacher's key", async () => {
    const s = server();
    const mine = await s.inbox();
    const theirs = await s.inbox();
    for (const [method, path] of [
      ["GET", `/inboxes/${mine.id}/results`],
      ["POST", `/inboxes/${mine.id}/close`],
      ["DELETE", `/inboxes/${mine.id}`],
    ] as const) {
      const none = await s.call(method, path);
      expect(none.status).toBe(401);
      expect(none.json.error).toMatch(/teacher key/);
      expect((await s.call(method, path, { key: "x".repeat(43) })).status).toBe(401);
      expect((await s.call(method, path, { key: theirs.key })).status).toBe(401);
    }
    expect((await s.list(mine.id, mine.key)).status).toBe(200);
  });

  it("turns away results once the teacher closes the inbox, but still confirms ones it already holds", async () => {
    const s = server();
    const { id, key } = await s.inbox();
    const kept = await s.submit(id, resultCode(ASSIGNMENT, "Dia"));
    expect((await s.call("POST", `/inboxes/${id}/close`, { key })).status).toBe(200);
    const late = await s.submit(id, resultCode(ASSIGNMENT, "Eli"));
    expect(late.status).toBe(409);
    expect(late.json.error).toMatch(/closed/);
    const repeat = await s.submit(id, resultCode(ASSIGNMENT, "Dia"));
    expect(repeat.status).toBe(200);
    expect(repeat.json.receipt).toEqual(kept.json.receipt);
    expect((await s.list(id, key)).json).toMatchObject({ closed: true, total: 1 });
  });

  it("replaces the teacher key: the new key reads and manages the inbox, the old one gets 401 from then on", async () => {
    const s = server();
    const { id, key } = await s.inbox();
    await s.submit(id, resultCode(ASSIGNMENT, "Kim"));
    expect((await s.call("POST", `/inboxes/${id}/key`)).status).toBe(401);
    expect((await s.call("POST", `/inboxes/${id}/key`, { key: "wrong-key" })).status).toBe(401);
    expect((await s.call("POST", `/inboxes/NoSuchInboxNoSuchInbox/key`, { key })).status).toBe(404);
    const replaced = await s.call("POST", `/inboxes/${id}/key`, { key });
    expect(replaced.status).toBe(200);
    const fresh = (replaced.json as { key: string }).key;
    expect(fresh).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(fresh).not.toBe(key);
    const old = await s.list(id, key);
    expect(old.status).toBe(401);
    expect(old.json.error).toMatch(/teacher key/);
    expect((await s.call("POST", `/inboxes/${id}/key`, { key })).status).toBe(401);
    expect((await s.call("POST", `/inboxes/${id}/close`, { key })).status).toBe(401);
    expect((await s.list(id, fresh)).json.results).toHaveLength(1);
    // Two replacements racing with the same old key: exactly one wins.
    const both = await Promise.all([1, 2].map(() => s.call("POST", `/inboxes/${id}/key`, { key: fresh })));
    expect(both.map((r) => r.status).sort()).toEqual([200, 401]);
  });

  it("deletes an inbox with everything in it; afterwards it is unknown (404)", async () => {
    const s = server();
    const { id, key } = await s.inbox();
    await s.submit(id, resultCode(ASSIGNMENT, "Fay"));
    expect((await s.call("DELETE", `/inboxes/${id}`, { key })).status).toBe(200);
    expect((await s.submit(id, resultCode(ASSIGNMENT, "Gus"))).status).toBe(404);
    expect((await s.list(id, key)).status).toBe(404);
    expect(await db.listResults(id, 0, 10)).toEqual([]);
    expect((await s.submit("NoSuchInboxNoSuchInbox", resultCode(ASSIGNMENT, "Gus"))).status).toBe(404);
  });

  it("answers bad bodies and bad codes with 400 or 413 and a plain message", async () => {
    const s = server();
    const { id } = await s.inbox();
    const tooBig = await s.submit(id, "A".repeat(20_000));
    expect(tooBig.status).toBe(413);
    expect(tooBig.json.error).toMatch(/larger/);
    const notJson = await s.call("POST", `/inboxes/${id}/results`, { body: "{code: nope" });
    expect(notJson.status).toBe(400);
    expect((await s.call("POST", `/inboxes/${id}/results`, { body: { code: 42 } })).status).toBe(400);
    const garbled = await s.submit(id, resultCode(ASSIGNMENT, "Hal").slice(0, -3) + "xyz");
    expect(garbled).toMatchObject({ status: 400, json: { reason: "bad-code" } });
    const assignmentLink = encodeAssignment({
      title: "T",
      instructions: "",
      questionIds: ["q-001"],
      mode: "exam",
      timeLimitMinutes: null,
      showScore: true,
      showKey: false,
      requireName: true,
      teacherEmail: "",
      seed: 1,
      bankVersion: "test",
    }).code;
    expect((await s.submit(id, assignmentLink)).json.error).toMatch(/assignment link/);
    expect((await s.call("POST", "/inboxes", { body: { assignmentId: "" } })).status).toBe(400);
  });

  it("refuses a result for another assignment", async () => {
    const s = server();
    const { id, key } = await s.inbox();
    const other = await s.submit(id, resultCode("zzzzzzzz", "Ivo"));
    expect(other).toMatchObject({ status: 400, json: { reason: "other-assignment" } });
    expect((await s.list(id, key)).json.results).toEqual([]);
  });

  it("stores names with SQL and HTML in them as plain text, and stays whole", async () => {
    const s = server();
    const { id, key } = await s.inbox();
    const name = `Robert'); DROP TABLE results;-- <img src=x onerror=alert(1)>`;
    expect((await s.submit(id, resultCode(ASSIGNMENT, name))).status).toBe(201);
    expect((await s.submit(id, resultCode(ASSIGNMENT, "Jo"))).status).toBe(201);
    const listed = (await s.list(id, key)).json.results as { code: string }[];
    const names = listed.map((r) => {
      const d = decodeResult(r.code);
      return d.ok ? d.value.name : null;
    });
    expect(names).toEqual([name, "Jo"]);
  });

  it("answers only the app's own origin and the origins the operator lists", async () => {
    const s = server({ allowedOrigins: ["https://school.example"] });
    const { id } = await s.inbox();
    const code = resultCode(ASSIGNMENT, "Kim");
    const evil = await s.call("POST", `/inboxes/${id}/results`, {
      body: { code },
      headers: { Origin: "https://evil.example" },
    });
    expect(evil.status).toBe(403);
    expect(evil.headers.get("access-control-allow-origin")).toBeNull();
    const preflight = await s.call("OPTIONS", `/inboxes/${id}/results`, {
      headers: { Origin: "https://evil.example", "Access-Control-Request-Method": "POST" },
    });
    expect(preflight.status).toBe(403);
    const listed = await s.call("POST", `/inboxes/${id}/results`, {
      body: { code },
      headers: { Origin: "https://school.example" },
    });
    expect(listed.status).toBe(201);
    expect(listed.headers.get("access-control-allow-origin")).toBe("https://school.example");
    const own = await s.call("GET", "/health", { headers: { Origin: "http://inbox.test" } });
    expect(own.status).toBe(200);
  });

  it("slows down a client that submits too often, with Retry-After", async () => {
    const s = server({ submitPerMinute: 3 });
    const { id } = await s.inbox();
    const statuses = [];
    for (let i = 0; i < 4; i++) statuses.push((await s.submit(id, resultCode(ASSIGNMENT, `R${i}`))).status);
    expect(statuses).toEqual([201, 201, 201, 429]);
    const limited = await s.submit(id, resultCode(ASSIGNMENT, "R9"));
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get("retry-after"))).toBeGreaterThan(0);
    expect(limited.json.error).toMatch(/Try again in \d+ seconds/);
  });

  it("limits how many inboxes one client creates", async () => {
    const s = server({ createPerMinute: 2 });
    await s.inbox();
    await s.inbox();
    expect((await s.call("POST", "/inboxes", { body: { assignmentId: ASSIGNMENT } })).status).toBe(429);
  });

  it("needs the creation token when the operator sets one", async () => {
    const s = server({ createToken: "open-sesame-2026" });
    expect((await s.call("GET", "/health")).json.createTokenRequired).toBe(true);
    expect((await s.call("POST", "/inboxes", { body: { assignmentId: ASSIGNMENT } })).status).toBe(401);
    expect(
      (await s.call("POST", "/inboxes", { body: { assignmentId: ASSIGNMENT, createToken: "wrong" } })).status,
    ).toBe(401);
    expect(
      (await s.call("POST", "/inboxes", { body: { assignmentId: ASSIGNMENT, createToken: "open-sesame-2026" } }))
        .status,
    ).toBe(201);
  });

  it("caps the results in one inbox and the inboxes on the server", async () => {
    const s = server({ maxResultsPerInbox: 2 });
    const { id } = await s.inbox();
    await s.submit(id, resultCode(ASSIGNMENT, "L1"));
    await s.submit(id, resultCode(ASSIGNMENT, "L2"));
    expect(await s.submit(id, resultCode(ASSIGNMENT, "L3"))).toMatchObject({ status: 409, json: { reason: "full" } });
    const full = server({ maxInboxes: 1 });
    expect((await full.call("POST", "/inboxes", { body: { assignmentId: ASSIGNMENT } })).status).toBe(503);
  });

  it("tells anyone whether an inbox takes results (open, closed, full, gone), without the key or its contents", async () => {
    const s = server({ maxResultsPerInbox: 1 });
    const status = async (id: string) => (await s.call("GET", `/inboxes/${id}/status`)).json;
    const { id, key } = await s.inbox();
    expect(await status(id)).toEqual({ status: "open", expiresAt: new Date(clock + 60 * 86_400_000).toISOString() });
    await s.submit(id, resultCode(ASSIGNMENT, "St1"));
    expect(await status(id)).toMatchObject({ status: "full" });
    const other = await s.inbox();
    await s.call("POST", `/inboxes/${other.id}/close`, { key: other.key });
    expect(await status(other.id)).toMatchObject({ status: "closed" });
    await s.call("DELETE", `/inboxes/${id}`, { key });
    const gone = await s.call("GET", `/inboxes/${id}/status`);
    expect(gone).toMatchObject({ status: 404, json: { status: "gone" } });
    expect((await s.call("GET", "/inboxes/not*an*id/status")).json).toMatchObject({ status: "gone" });
  });

  it("forgets an inbox when it expires and deletes its results", async () => {
    const s = server({ inboxDays: 1 });
    const { id, key } = await s.inbox();
    await s.submit(id, resultCode(ASSIGNMENT, "Max"));
    clock += 86_400_000 + 1;
    try {
      expect((await s.list(id, key)).status).toBe(404);
      expect((await s.submit(id, resultCode(ASSIGNMENT, "Nia"))).status).toBe(404);
      expect(await db.deleteExpired(new Date(clock))).toBeGreaterThanOrEqual(1);
      expect(await db.listResults(id, 0, 10)).toEqual([]);
    } finally {
      clock = NOW.getTime();
    }
  });

  it("behind a trusted TLS proxy, accepts the browser's https origin (X-Forwarded-Proto or Forwarded)", async () => {
    const s = server({ trustProxy: parseTrustProxy("1") });
    const viaNginx = await s.call("POST", "/inboxes", {
      body: { assignmentId: ASSIGNMENT },
      headers: { Origin: "https://school.example", Host: "school.example", "X-Forwarded-Proto": "https" },
    });
    expect(viaNginx.status).toBe(201);
    const viaForwarded = await s.call("POST", "/inboxes", {
      body: { assignmentId: ASSIGNMENT },
      headers: {
        Origin: "https://school.example:8443",
        Forwarded: 'for=10.1.2.3;proto=https;host="school.example:8443"',
      },
    });
    expect(viaForwarded.status).toBe(201);
    // Another site is still another site behind the proxy.
    const other = await s.call("POST", "/inboxes", {
      body: { assignmentId: ASSIGNMENT },
      headers: { Origin: "https://evil.example", Host: "school.example", "X-Forwarded-Proto": "https" },
    });
    expect(other).toMatchObject({ status: 403, json: { reason: "origin-not-allowed" } });
  });

  it("believes forwarded headers only from a trusted proxy", async () => {
    const spoofed = {
      body: { assignmentId: ASSIGNMENT },
      headers: { Origin: "https://school.example", Host: "school.example", "X-Forwarded-Proto": "https" },
    };
    expect((await server().call("POST", "/inboxes", spoofed)).status).toBe(403);
    const onlyTheProxy = server({ trustProxy: parseTrustProxy("10.0.0.0/8") });
    expect((await onlyTheProxy.call("POST", "/inboxes", { ...spoofed, peer: "10.0.0.2" })).status).toBe(201);
    expect((await onlyTheProxy.call("POST", "/inboxes", { ...spoofed, peer: "127.0.0.1" })).status).toBe(403);
  });

  it("takes the client from X-Forwarded-For as far as the trusted hops go, for rate limits", async () => {
    const create = (s: ReturnType<typeof server>, peer: string, xff: string) =>
      s.call("POST", "/inboxes", { body: { assignmentId: ASSIGNMENT }, peer, headers: { "X-Forwarded-For": xff } });
    // One proxy: the client is the last X-Forwarded-For entry; a forged first entry changes nothing.
    const oneHop = server({ createPerMinute: 1, trustProxy: parseTrustProxy("1") });
    expect((await create(oneHop, "127.0.0.1", "10.9.9.1")).status).toBe(201);
    expect((await create(oneHop, "127.0.0.1", "1.1.1.1, 10.9.9.1")).status).toBe(429);
    expect((await create(oneHop, "127.0.0.1", "10.9.9.2")).status).toBe(201);
    // Two proxies (a CDN, then nginx): the client is the second address out.
    const twoHops = server({ createPerMinute: 1, trustProxy: parseTrustProxy("2") });
    expect((await create(twoHops, "127.0.0.1", "10.8.0.1, 10.0.0.5")).status).toBe(201);
    expect((await create(twoHops, "127.0.0.1", "10.8.0.2, 10.0.0.5")).status).toBe(201);
    expect((await create(twoHops, "127.0.0.1", "6.6.6.6, 10.8.0.1, 10.0.0.5")).status).toBe(429);
    // The proxies' networks: every trusted hop is skipped, the first outside address is the client.
    const ranges = server({ createPerMinute: 1, trustProxy: parseTrustProxy("127.0.0.1, 10.0.0.0/8") });
    expect((await create(ranges, "127.0.0.1", "192.168.7.7, 10.0.0.5, 10.0.0.6")).status).toBe(201);
    expect((await create(ranges, "127.0.0.1", "192.168.7.7, 10.0.0.9")).status).toBe(429);
  });

  it("rate-limits an IPv6 client by its /64, so rotating addresses inside it does not help", async () => {
    const s = server({ createPerMinute: 2 });
    const create = (peer: string) => s.call("POST", "/inboxes", { body: { assignmentId: ASSIGNMENT }, peer });
    expect((await create("fd00:1:2:3::1")).status).toBe(201);
    expect((await create("fd00:1:2:3:aaaa::2")).status).toBe(201);
    expect((await create("fd00:1:2:3:ffff:1:2:3")).status).toBe(429);
    expect((await create("fd00:1:2:4::1")).status).toBe(201);
  });

  it("answers cursors and ids outside their column's range or characters with 400 and a reason, never 500", async () => {
    const s = server();
    const { id, key } = await s.inbox();
    for (const after of ["2147483648", "-1", "abc", "1.5", "1e3", "", "99999999999999999999"]) {
      const res = await s.call("GET", `/inboxes/${id}/results?after=${encodeURIComponent(after)}`, { key });
      expect(res.status, `after=${after}`).toBe(400);
      expect(res.json.reason).toBe("bad-cursor");
    }
    expect((await s.call("GET", `/inboxes/${id}/results?after=2147483647`, { key })).status).toBe(200);
    expect((await s.call("GET", `/inboxes/${id}/results?limit=0`, { key })).status).toBe(400);
    expect((await s.call("GET", `/inboxes/${id}/results?limit=2147483648`, { key })).status).toBe(400);
    for (const assignmentId of ["a1b2\u0000c3d4", "a1b2\u0007", "a b", "é1b2c3d4"]) {
      const res = await s.call("POST", "/inboxes", { body: { assignmentId } });
      expect(res.status, JSON.stringify(assignmentId)).toBe(400);
      expect(res.json.reason).toBe("bad-request");
    }
    // A result whose (checksummed, valid) code names an assignment id with a NUL in it.
    const nul = await s.submit(id, resultCode("a1b2\u0000c3", "Nul"));
    expect(nul.status).toBe(400);
    expect(nul.json.reason).toBe("other-assignment");
  });

  it("without a creation token, makes inboxes only for the school's own network (loopback, private, link-local)", async () => {
    const s = server();
    const create = (peer: string, headers: Record<string, string> = {}) =>
      s.call("POST", "/inboxes", { body: { assignmentId: ASSIGNMENT }, peer, headers });
    for (const peer of ["127.0.0.1", "::1", "10.2.3.4", "172.20.1.1", "192.168.0.9", "fd00::5", "fe80::1"])
      expect((await create(peer)).status, peer).toBe(201);
    const stranger = await create("203.0.113.5");
    expect(stranger.status).toBe(403);
    expect(stranger.json).toMatchObject({ reason: "create-local-only" });
    expect(stranger.json.error).toMatch(/CREATE_TOKEN/);
    expect((await create("2001:db8::1")).status).toBe(403);
    // A forged X-Forwarded-For does not make a stranger local when no proxy is trusted...
    expect((await create("203.0.113.5", { "X-Forwarded-For": "10.0.0.1" })).status).toBe(403);
    // ...and behind a trusted proxy the forwarded client is the one judged.
    const proxied = server({ trustProxy: parseTrustProxy("1") });
    const viaProxy = (xff: string) =>
      proxied.call("POST", "/inboxes", { body: { assignmentId: ASSIGNMENT }, headers: { "X-Forwarded-For": xff } });
    expect((await viaProxy("203.0.113.5")).status).toBe(403);
    expect((await viaProxy("192.168.1.4")).status).toBe(201);
    // A proxy that sends Forwarded alone: its for= is the client (before, the proxy's loopback address was, so any
    // stranger could create).
    const viaForwarded = (forwarded: string) =>
      proxied.call("POST", "/inboxes", { body: { assignmentId: ASSIGNMENT }, headers: { Forwarded: forwarded } });
    expect((await viaForwarded("for=8.8.8.8;proto=https")).status).toBe(403);
    expect((await viaForwarded('for="[2001:db8::7]:443"')).status).toBe(403);
    expect((await viaForwarded("for=192.168.1.4")).status).toBe(201);
    // Students still submit from anywhere.
    const { id } = await s.inbox();
    const sent = await s.call("POST", `/inboxes/${id}/results`, {
      body: { code: resultCode(ASSIGNMENT, "Far away") },
      peer: "203.0.113.5",
    });
    expect(sent.status).toBe(201);
    // With a token set, any address with the token may create.
    const open = server({ createToken: "open-sesame-2026" });
    const body = { assignmentId: ASSIGNMENT, createToken: "open-sesame-2026" };
    expect((await open.call("POST", "/inboxes", { body, peer: "203.0.113.5" })).status).toBe(201);
    expect((await open.call("POST", "/inboxes", { body: { assignmentId: ASSIGNMENT }, peer: "10.0.0.1" })).status).toBe(
      401,
    );
  });

  it("caps the bytes of results in one inbox (409) and on the whole server (503)", async () => {
    const codes = ["B1", "B2", "B3"].map((n) => resultCode(ASSIGNMENT, n));
    const size = Math.max(...codes.map((c) => c.length));
    const s = server({ maxBytesPerInbox: 2 * size });
    const { id, key } = await s.inbox();
    expect((await s.submit(id, codes[0]!)).status).toBe(201);
    expect((await s.submit(id, codes[1]!)).status).toBe(201);
    const over = await s.submit(id, codes[2]!);
    expect(over).toMatchObject({ status: 409, json: { reason: "full" } });
    expect((await s.list(id, key)).json.total).toBe(2);
    // A student's page asks before starting: an inbox full by bytes is said to be full, as a submission would find.
    expect((await s.call("GET", `/inboxes/${id}/status`)).json).toMatchObject({ status: "full" });
    // The whole server: what every live inbox holds, plus this result, must fit.
    const used = await db.totalResultBytes(new Date(clock));
    const tight = server({ maxTotalBytes: used + size });
    const other = await tight.inbox();
    expect((await tight.submit(other.id, codes[0]!)).status).toBe(201);
    const full = await tight.submit(other.id, codes[1]!);
    expect(full).toMatchObject({ status: 503, json: { reason: "server-full" } });
    expect((await tight.call("POST", "/inboxes", { body: { assignmentId: ASSIGNMENT } })).status).toBe(503);
  });

  it("does not count expired inboxes toward the server's cap", async () => {
    const s = server({ inboxDays: 1 });
    await s.inbox();
    const cap = await db.countInboxes(new Date(clock));
    expect(
      (await server({ maxInboxes: cap }).call("POST", "/inboxes", { body: { assignmentId: ASSIGNMENT } })).status,
    ).toBe(503);
    // 61 days on, every inbox made so far has expired (the sweep has not run yet): the cap is free again.
    clock += 61 * 86_400_000;
    try {
      const later = server({ maxInboxes: cap });
      expect((await later.call("POST", "/inboxes", { body: { assignmentId: ASSIGNMENT } })).status).toBe(201);
    } finally {
      clock = NOW.getTime();
    }
  });

  it("gives the same receipt to the same result spelled differently (unused bits of the last character)", async () => {
    const s = server();
    const { id, key } = await s.inbox();
    let n = 0;
    let code = resultCode(ASSIGNMENT, "Spell");
    while (code.length % 4 === 0) code = resultCode(ASSIGNMENT, `Spell ${++n}`);
    const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    const last = alphabet.indexOf(code.at(-1)!);
    const respelled = code.slice(0, -1) + alphabet[last ^ 1];
    expect(respelled).not.toBe(code);
    const a = decodeResult(code);
    const b = decodeResult(respelled);
    expect(b.ok && a.ok && b.value.name === a.value.name).toBe(true);
    const first = await s.submit(id, code);
    const again = await s.submit(id, respelled);
    expect(first.status).toBe(201);
    expect(again.status).toBe(200);
    expect(again.json.receipt).toEqual(first.json.receipt);
    expect((await s.list(id, key)).json.results).toHaveLength(1);
  });

  it("tells browsers and proxies not to store API answers (the teacher's results above all)", async () => {
    const s = server();
    const { id, key } = await s.inbox();
    await s.submit(id, resultCode(ASSIGNMENT, "Sam"));
    for (const res of [
      await s.list(id, key),
      await s.submit(id, resultCode(ASSIGNMENT, "Sam")),
      await s.call("POST", "/inboxes", { body: { assignmentId: ASSIGNMENT } }),
      await s.call("GET", "/health"),
      await s.list(id, "x".repeat(43)),
    ])
      expect(res.headers.get("cache-control")).toBe("no-store");
  });

  it("sends security headers and JSON errors for unknown API paths", async () => {
    const res = await server().call("GET", "/nothing-here");
    expect(res.status).toBe(404);
    expect(res.json.error).toEqual(expect.any(String));
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("referrer-policy")).toBe("no-referrer");
    expect(res.headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
    expect(res.headers.get("permissions-policy")).toBe("camera=(), microphone=(), geolocation=()");
    // HSTS is the TLS-terminating proxy's to set, for the whole host.
    expect(res.headers.get("strict-transport-security")).toBeNull();
  });
});

describe("PostgreSQL stopped", () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let db: InboxDb;
  afterAll(async () => {
    await db?.close().catch(() => {});
    pg?.stop();
  });

  it("answers 503 with Retry-After on every endpoint, and 500 on none", async () => {
    pg = await startPostgres();
    db = await openDatabase({ databaseUrl: pg.url, dataDir: "" });
    const app = createApp({ config: { ...configFromEnv({}), staticDir: "" }, db, now: () => NOW });
    const env = { incoming: { socket: { remoteAddress: "127.0.0.1" } } };
    const call = (method: string, path: string, body?: unknown, key?: string) =>
      app.request(
        `http://inbox.test/api/v1${path}`,
        {
          method,
          headers: {
            ...(body === undefined ? {} : { "Content-Type": "application/json" }),
            ...(key ? { Authorization: `Bearer ${key}` } : {}),
          },
          body: body === undefined ? undefined : JSON.stringify(body),
        },
        env,
      );
    const created = await call("POST", "/inboxes", { assignmentId: ASSIGNMENT });
    const { id, key } = (await created.json()) as { id: string; key: string };
    pg.stop();
    const answers = [
      ["health", await call("GET", "/health")],
      ["create", await call("POST", "/inboxes", { assignmentId: ASSIGNMENT })],
      ["submit", await call("POST", `/inboxes/${id}/results`, { code: resultCode(ASSIGNMENT, "Ola") })],
      ["read", await call("GET", `/inboxes/${id}/results`, undefined, key)],
      ["close", await call("POST", `/inboxes/${id}/close`, undefined, key)],
      ["delete", await call("DELETE", `/inboxes/${id}`, undefined, key)],
    ] as const;
    for (const [name, res] of answers) {
      expect(res.status, name).toBe(503);
      expect(Number(res.headers.get("retry-after")), name).toBeGreaterThan(0);
      expect(((await res.json()) as { reason: string }).reason, name).toBe("database-down");
    }
  }, 120_000);
});

describe("static files", () => {
  const dir = mkdtempSync(join(tmpdir(), "debrief-static-"));
  mkdirSync(join(dir, "quiz"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><script>console.log(1)</script><p>home</p>");
  writeFileSync(join(dir, "quiz", "index.html"), "<p>quiz</p>");
  writeFileSync(join(dir, "404.html"), "<p>not found</p>");
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const app = createApp({ config: { ...configFromEnv({}), staticDir: dir }, db: {} as InboxDb });

  it("serves pages with a CSP that allows exactly their inline scripts", async () => {
    const res = await app.request("http://x.test/");
    expect(res.status).toBe(200);
    const csp = res.headers.get("content-security-policy") ?? "";
    // sha256 of "console.log(1)"
    // The hash of "console.log(1)", and no 'unsafe-inline' for scripts.
    expect(csp).toContain("script-src 'self' 'sha256-CihokcEcBW4atb/CW/XWsvWwbTjqwQlE9nj9ii5ww5M=';");
    expect(res.headers.get("x-frame-options")).toBe("DENY");
  });

  it("redirects /quiz to /quiz/, answers 404 with the app's page, and never leaves its folder", async () => {
    const redirect = await app.request("http://x.test/quiz?n=5");
    expect(redirect.status).toBe(308);
    expect(redirect.headers.get("location")).toBe("/quiz/?n=5");
    const missing = await app.request("http://x.test/nope");
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("not found");
    expect((await app.request("http://x.test/..%2f..%2fetc%2fpasswd")).status).toBe(404);
    expect((await app.request("http://x.test/%2e%2e/package.json")).status).toBe(404);
  });

  it("lets the service worker script fetch the app's own files (its policy binds the worker)", async () => {
    writeFileSync(join(dir, "sw.js"), "self.addEventListener('fetch', () => {});");
    const res = await app.request("http://x.test/sw.js");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'self'; frame-ancestors 'none'");
    expect(res.headers.get("content-type")).toMatch(/javascript/);
  });
});
