// The sync API (encrypted copies of a learner's progress), the same cases on the embedded database and on PostgreSQL.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPostgres } from "@/scripts/lib/postgres.mjs";
import { deriveKeys, seal } from "@/core/sync/cipher";
import { toBase64url } from "@/core/sync/link";
import { packPayload } from "@/core/sync/payload";
import { createBackup } from "@/core/progress/backup";
import { createApp } from "./app";
import { configFromEnv, type ServerConfig } from "./config";
import { openDatabase, type InboxDb } from "./db";

const NOW = new Date(Date.UTC(2026, 11, 7, 10, 0, 0));
const DAY = 86_400_000;
const subtle = crypto.subtle;

type Engine = {
  name: string;
  open(): Promise<{ db: InboxDb; cleanup(): void; everything(): Promise<Buffer> }>;
};

const engines: Engine[] = [
  {
    name: "embedded database (PGlite)",
    async open() {
      const dir = mkdtempSync(join(tmpdir(), "debrief-pglite-sync-"));
      const db = await openDatabase({ dataDir: join(dir, "inbox") });
      return {
        db,
        cleanup: () => rmSync(dir, { recursive: true, force: true }),
        // Everything the space rows hold, as the server reads it back.
        everything: async () => Buffer.alloc(0),
      };
    },
  },
  {
    name: "PostgreSQL server",
    async open() {
      const pg = await startPostgres();
      const db = await openDatabase({ databaseUrl: pg.url, dataDir: "" });
      const { default: postgres } = await import("postgres");
      const raw = postgres(pg.url, { max: 1, onnotice: () => {} });
      return {
        db,
        cleanup: () => {
          void raw.end({ timeout: 1 });
          pg.stop();
        },
        // Every row of every table, bytea columns as raw bytes: what anyone reading the database would see.
        everything: async () => {
          const parts: Buffer[] = [];
          const tables = await raw`select tablename from pg_tables where schemaname = 'public'`;
          for (const { tablename } of tables) {
            const rows = await raw`select * from ${raw(tablename as string)}`;
            for (const row of rows)
              for (const v of Object.values(row))
                parts.push(v instanceof Uint8Array ? Buffer.from(v) : Buffer.from(String(v)));
          }
          return Buffer.concat(parts);
        },
      };
    },
  },
];

const secret = (fill: number) => toBase64url(new Uint8Array(32).fill(fill));

describe.each(engines)("sync API on the $name", (engine) => {
  let db: InboxDb;
  let cleanup = () => {};
  let everything: () => Promise<Buffer> = async () => Buffer.alloc(0);
  let clock = NOW.getTime();

  beforeAll(async () => {
    ({ db, cleanup, everything } = await engine.open());
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
      init: { json?: unknown; bytes?: Uint8Array | string; token?: string; ifMatch?: string; peer?: string } = {},
    ) => {
      const headers: Record<string, string> = {};
      if (init.json !== undefined) headers["Content-Type"] = "application/json";
      if (init.bytes !== undefined) headers["Content-Type"] = "application/octet-stream";
      if (init.token) headers.Authorization = `Bearer ${init.token}`;
      if (init.ifMatch !== undefined) headers["If-Match"] = init.ifMatch;
      const body = init.json !== undefined ? JSON.stringify(init.json) : init.bytes;
      const res = await app.request(
        `http://inbox.test/api/v1${path}`,
        { method, headers, body: body as BodyInit | undefined },
        { incoming: { socket: { remoteAddress: init.peer ?? "127.0.0.1" } } },
      );
      const type = res.headers.get("content-type") ?? "";
      const json = type.includes("json") ? await res.json() : null;
      const bytes = type.includes("octet-stream") ? new Uint8Array(await res.arrayBuffer()) : null;
      return { status: res.status, json, bytes, headers: res.headers };
    };
    return {
      call,
      async space(fill = 1) {
        const keys = (await deriveKeys(subtle, secret(fill)))!;
        const res = await call("POST", "/sync", { json: { token: keys.token } });
        expect(res.status).toBe(201);
        return { ...(res.json as { id: string; version: number; expiresAt: string }), ...keys };
      },
      put: (id: string, token: string, version: number | string, bytes: Uint8Array | string) =>
        call("PUT", `/sync/${id}`, { token, ifMatch: String(version), bytes }),
      get: (id: string, token: string) => call("GET", `/sync/${id}`, { token }),
    };
  }

  it("creates a space at version 0 with no copy, storing only a hash of the token, for 180 days", async () => {
    const s = server();
    const space = await s.space();
    expect(space.id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(space.version).toBe(0);
    expect(new Date(space.expiresAt).getTime() - clock).toBe(180 * DAY);
    const row = await db.findSyncSpace(space.id, NOW);
    expect(row?.tokenHash).toMatch(/^[0-9a-f]{64}$/);
    expect(row?.tokenHash).not.toContain(space.token);
    const empty = await s.get(space.id, space.token);
    expect(empty.status).toBe(200);
    expect(empty.headers.get("etag")).toBe('"0"');
    expect(empty.bytes).toEqual(new Uint8Array(0));
    expect(empty.headers.get("cache-control")).toBe("no-store");
    expect((await s.call("GET", "/health")).json).toMatchObject({ syncDays: 180 });
  });

  it("writes with If-Match, answers 409 with the current version to a stale write, and exactly one of two racing writes wins", async () => {
    const s = server();
    const { id, token } = await s.space();
    const first = await s.put(id, token, 0, new Uint8Array([1, 2, 3]));
    expect(first).toMatchObject({ status: 200, json: { version: 1 } });
    const stale = await s.put(id, token, 0, new Uint8Array([9]));
    expect(stale).toMatchObject({ status: 409, json: { reason: "conflict", version: 1 } });
    const read = await s.get(id, token);
    expect(read.headers.get("etag")).toBe('"1"');
    expect(read.bytes).toEqual(new Uint8Array([1, 2, 3]));
    expect((await s.put(id, token, '"1"', new Uint8Array([4]))).json).toEqual({ version: 2 });
    const both = await Promise.all([5, 6].map((b) => s.put(id, token, 2, new Uint8Array([b]))));
    expect(both.map((r) => r.status).sort()).toEqual([200, 409]);
    expect((await s.get(id, token)).headers.get("etag")).toBe('"3"');
  });

  it("refuses without the token (401), with a wrong or another space's token (403), and for unknown ids (404)", async () => {
    const s = server();
    const mine = await s.space(1);
    const theirs = await s.space(2);
    await s.put(mine.id, mine.token, 0, new Uint8Array([1]));
    for (const [method, extra] of [
      ["GET", {}],
      ["PUT", { ifMatch: "1", bytes: new Uint8Array([7]) }],
      ["DELETE", {}],
    ] as const) {
      expect((await s.call(method, `/sync/${mine.id}`, extra)).status).toBe(401);
      expect((await s.call(method, `/sync/${mine.id}`, { ...extra, token: "x".repeat(43) })).status).toBe(403);
      const other = await s.call(method, `/sync/${mine.id}`, { ...extra, token: theirs.token });
      expect(other.status).toBe(403);
      expect(other.json.error).toMatch(/sync link/);
      const unknown = await s.call(method, `/sync/NoSuchSpaceNoSuchSpace`, { ...extra, token: mine.token });
      expect(unknown.status).toBe(404);
      expect(unknown.json.error).toMatch(/no longer works/);
      expect((await s.call(method, `/sync/bad id'--`, { ...extra, token: mine.token })).status).toBe(404);
    }
    expect((await s.get(mine.id, mine.token)).bytes).toEqual(new Uint8Array([1]));
  });

  it("answers bad bodies and versions with 400 or 428, never 500", async () => {
    const s = server();
    const { id, token } = await s.space();
    for (const json of [{}, { token: "short" }, { token: 5 }, { token: "x".repeat(43), createToken: "y".repeat(300) }])
      expect((await s.call("POST", "/sync", { json })).status).toBe(400);
    expect((await s.call("POST", "/sync", { bytes: "{not json" })).status).toBe(400);
    expect((await s.put(id, token, 0, new Uint8Array(0))).status).toBe(400);
    for (const version of ["", "x", "-1", "1.5", "99999999999"])
      expect((await s.put(id, token, version, new Uint8Array([1]))).status).toBe(428);
    expect((await s.call("PUT", `/sync/${id}`, { token, bytes: new Uint8Array([1]) })).status).toBe(428);
  });

  it("caps a copy's size (413), the spaces on the server and their total bytes (503)", async () => {
    const s = server({ maxBytesPerSyncSpace: 1000, maxSyncTotalBytes: 1500, maxSyncSpaces: 1_000_000 });
    const a = await s.space(1);
    const b = await s.space(2);
    expect((await s.put(a.id, a.token, 0, new Uint8Array(1001))).status).toBe(413);
    expect((await s.put(a.id, a.token, 0, new Uint8Array(1000))).status).toBe(200);
    // a's own copy is replaced, so it does not count against itself.
    expect((await s.put(a.id, a.token, 1, new Uint8Array(900))).status).toBe(200);
    const full = await s.put(b.id, b.token, 0, new Uint8Array(700));
    expect(full).toMatchObject({ status: 503, json: { reason: "server-full" } });
    expect((await s.put(b.id, b.token, 0, new Uint8Array(500))).status).toBe(200); // other tests' few bytes fit beside
    // The API's ordinary cap still holds for every other body.
    expect((await s.call("POST", "/sync", { json: { token: "x".repeat(43), pad: "p".repeat(20_000) } })).status).toBe(
      413,
    );
    const few = server({ maxSyncSpaces: (await db.countSyncSpaces(new Date(clock))) + 1 });
    await few.space(3);
    const refused = await few.call("POST", "/sync", { json: { token: (await deriveKeys(subtle, secret(4)))!.token } });
    expect(refused).toMatchObject({ status: 503, json: { reason: "server-full" } });
  });

  it("makes spaces only for its own network without a creation token, and with one only for its holders", async () => {
    const { token } = (await deriveKeys(subtle, secret(5)))!;
    const open = server();
    expect((await open.call("POST", "/sync", { json: { token }, peer: "203.0.113.9" })).status).toBe(403);
    expect((await open.call("POST", "/sync", { json: { token }, peer: "192.168.1.20" })).status).toBe(201);
    const tokened = server({ createToken: "letmein" });
    expect((await tokened.call("POST", "/sync", { json: { token }, peer: "203.0.113.9" })).status).toBe(401);
    const ok = await tokened.call("POST", "/sync", { json: { token, createToken: "letmein" }, peer: "203.0.113.9" });
    expect(ok.status).toBe(201);
  });

  it("deletes a space: afterwards its link gets 404 with a plain message", async () => {
    const s = server();
    const { id, token } = await s.space();
    await s.put(id, token, 0, new Uint8Array([1]));
    expect((await s.call("DELETE", `/sync/${id}`, { token })).json).toEqual({ deleted: true });
    const gone = await s.get(id, token);
    expect(gone.status).toBe(404);
    expect(gone.json.error).toMatch(/no longer works/);
    expect((await s.put(id, token, 1, new Uint8Array([2]))).status).toBe(404);
  });

  it("expires a space SYNC_DAYS after its last write, not after its creation, and the sweep deletes it", async () => {
    const s = server({ syncDays: 10 });
    const { id, token } = await s.space();
    clock += 8 * DAY;
    expect((await s.put(id, token, 0, new Uint8Array([1]))).status).toBe(200);
    clock += 8 * DAY; // 16 days after creation, 8 after the write
    expect((await s.get(id, token)).status).toBe(200);
    clock += 3 * DAY;
    expect((await s.get(id, token)).status).toBe(404);
    expect(await db.deleteExpired(new Date(clock))).toBeGreaterThanOrEqual(1);
    expect(await db.findSyncSpace(id, new Date(clock - 5 * DAY))).toBeNull();
  });

  it("rate-limits sync calls per client, with Retry-After", async () => {
    const s = server({ syncPerMinute: 3 });
    const { id, token } = await s.space();
    for (let i = 0; i < 3; i++) expect((await s.get(id, token)).status).toBe(200);
    const slow = await s.get(id, token);
    expect(slow.status).toBe(429);
    expect(Number(slow.headers.get("retry-after"))).toBeGreaterThan(0);
  });

  it("holds no plaintext after a sync of real progress: no card id, question id or answer text", async () => {
    const s = server();
    const fill = 9;
    const space = await s.space(fill);
    const backup = createBackup(
      {
        "debrief:quiz": {
          state: {
            attempts: [{ id: "attempt-7", questionIds: ["q-capital-17"], answers: ["Photosynthesis happens"] }],
          },
          version: 3,
        },
        "debrief:cards": { state: { cards: { "card-mitochondria-3": { due: NOW.getTime() } }, logs: [] }, version: 2 },
      },
      NOW.getTime(),
    );
    const frame = await seal(subtle, space.key, space.id, 1, await packPayload(backup), new Uint8Array(12).fill(3));
    expect((await s.put(space.id, space.token, 0, frame)).status).toBe(200);
    const stored = await db.readSyncSpace(space.id, NOW);
    const meta = await db.findSyncSpace(space.id, NOW);
    const held = Buffer.concat([Buffer.from(stored!.data!), Buffer.from(JSON.stringify(meta)), await everything()]);
    expect(held.length).toBeGreaterThan(frame.length);
    for (const plain of ["card-mitochondria-3", "q-capital-17", "Photosynthesis happens", "debrief:quiz", secret(fill)])
      expect(held.includes(plain), plain).toBe(false);
  });
});

describe("sync API with PostgreSQL stopped", () => {
  let pg: Awaited<ReturnType<typeof startPostgres>>;
  let db: InboxDb;
  afterAll(async () => {
    await db?.close().catch(() => {});
    pg?.stop();
  });

  it("answers 503 with Retry-After on every sync endpoint, and 500 on none", async () => {
    pg = await startPostgres();
    db = await openDatabase({ databaseUrl: pg.url, dataDir: "" });
    const app = createApp({ config: { ...configFromEnv({}), staticDir: "" }, db, now: () => NOW });
    const env = { incoming: { socket: { remoteAddress: "127.0.0.1" } } };
    const { token } = (await deriveKeys(subtle, secret(1)))!;
    const call = (method: string, path: string, body?: BodyInit, headers: Record<string, string> = {}) =>
      app.request(`http://inbox.test/api/v1${path}`, { method, headers, body }, env);
    const json = { "Content-Type": "application/json" };
    const created = await call("POST", "/sync", JSON.stringify({ token }), json);
    const { id } = (await created.json()) as { id: string };
    pg.stop();
    const auth = { Authorization: `Bearer ${token}` };
    const answers = [
      ["create", await call("POST", "/sync", JSON.stringify({ token }), json)],
      ["read", await call("GET", `/sync/${id}`, undefined, auth)],
      ["write", await call("PUT", `/sync/${id}`, new Uint8Array([1]), { ...auth, "If-Match": "0" })],
      ["delete", await call("DELETE", `/sync/${id}`, undefined, auth)],
    ] as const;
    for (const [name, res] of answers) {
      expect(res.status, name).toBe(503);
      expect(Number(res.headers.get("retry-after")), name).toBeGreaterThan(0);
    }
  }, 120_000);
});
