// The Debrief server: the JSON API under /api/v1/ and the static app, with security headers on everything.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";
import { resolve } from "node:path";
import { Hono, type Context } from "hono";
import { bodyLimit } from "hono/body-limit";
import { cors } from "hono/cors";
import { secureHeaders } from "hono/secure-headers";
import { getConnInfo } from "@hono/node-server/conninfo";
import { z } from "zod";
import { decodeResult, encodeResult } from "@/core/assignment/result/result-code";
import type { DecodeFailure } from "@/core/assignment/link/reasons";
import type { ServerConfig } from "./config";
import { inboxTakes, isDatabaseDown, type InboxDb, type SyncSpaceMeta } from "./db";
import type { InboxRow } from "./schema";
import { clientAddress, forwardedForList, isLocalNetwork, peerIsTrusted, publicOrigin, rateLimitKey } from "./proxy";
import { rateLimiter } from "./rate-limit";
import { staticFiles } from "./static-files";

export type AppOptions = { config: ServerConfig; db: InboxDb; now?: () => Date };

type ErrorStatus = 400 | 401 | 403 | 404 | 409 | 413 | 428 | 429 | 500 | 503;

const INBOX_ID = /^[A-Za-z0-9_-]{16,64}$/;
/** Assignment ids are short base36 hashes (core/assignment/bytes.ts); the column is text, but never NUL or spaces. */
const ASSIGNMENT_ID = /^[A-Za-z0-9_-]{1,16}$/;
/** The cursor and page size are PostgreSQL `integer`s. */
const INT_MAX = 2_147_483_647;
/** Seconds a client should wait when the database is down. */
const DB_RETRY_SECONDS = 10;
const DAY_MS = 86_400_000;
const LIST_LIMIT = 500;

const createBody = z.object({
  assignmentId: z.string().regex(ASSIGNMENT_ID),
  createToken: z.string().max(256).optional(),
});
const submitBody = z.object({ code: z.string().min(1).max(12_000) });
/** Sync space ids: 16 random bytes, base64url (core/sync/link.ts). */
const SPACE_ID = /^[A-Za-z0-9_-]{22}$/;
/** The token the browser derives from the sync link's secret: 32 bytes, base64url. */
const SYNC_TOKEN = /^[A-Za-z0-9_-]{43}$/;
const syncCreateBody = z.object({
  token: z.string().regex(SYNC_TOKEN),
  createToken: z.string().max(256).optional(),
});
const NO_SPACE = "This sync link no longer works: its copy was deleted, replaced by a new link, or expired.";

function fail(c: Context, status: ErrorStatus, reason: string, message: string) {
  return c.json({ error: message, reason }, status);
}

function databaseDown(c: Context) {
  c.header("Retry-After", String(DB_RETRY_SECONDS));
  return fail(c, 503, "database-down", "The inbox database is not answering. Your data is safe; try again shortly.");
}

/** A whole number from a query parameter within [min, INT_MAX], or null (digits only: no signs, dots or exponents). */
function wholeNumber(raw: string | undefined, fallback: number, min: number): number | null {
  if (raw === undefined) return fallback;
  if (!/^\d{1,10}$/.test(raw)) return null;
  const n = Number(raw);
  return n >= min && n <= INT_MAX ? n : null;
}

const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");
const randomId = (bytes: number) => randomBytes(bytes).toString("base64url");

/** Compares two strings in time that does not depend on where they differ (both are hashed to one length first). */
function sameSecret(given: string, expectedHash: string): boolean {
  return timingSafeEqual(Buffer.from(sha256(given), "hex"), Buffer.from(expectedHash, "hex"));
}

const CODE_PROBLEMS: Record<DecodeFailure, string> = {
  empty: "The result code is empty.",
  "too-long": "The result code is longer than any result code can be.",
  malformed: "The result code is incomplete or was changed.",
  checksum: "The result code is incomplete or was changed.",
  "newer-version": "The result code was made by a newer version of Debrief than this server understands.",
  "wrong-kind": "This is an assignment link, not a student's result.",
};

export function createApp({ config, db, now = () => new Date() }: AppOptions) {
  const app = new Hono();
  const limits = {
    create: rateLimiter(config.createPerMinute, 60_000),
    submit: rateLimiter(config.submitPerMinute, 60_000),
    read: rateLimiter(config.readPerMinute, 60_000),
    sync: rateLimiter(config.syncPerMinute, 60_000),
  };
  const allowed = new Set(config.allowedOrigins);

  /** The socket's peer: the browser, or the reverse proxy in front of this server. */
  function peerOf(c: Context): string {
    try {
      return getConnInfo(c).remote.address ?? "unknown";
    } catch {
      return "unknown";
    }
  }

  function clientOf(c: Context): string {
    const forwarded = c.req.header("x-forwarded-for") ?? forwardedForList(c.req.header("forwarded"));
    return clientAddress(config.trustProxy, peerOf(c), forwarded);
  }

  /** The origin the browser sees (https://school.example behind a TLS proxy, not the socket's http://). */
  function originOf(c: Context): string {
    return publicOrigin(peerIsTrusted(config.trustProxy, peerOf(c)), c.req.url, (name) => c.req.header(name));
  }

  async function limited(c: Context, bucket: keyof typeof limits) {
    const wait = await limits[bucket].hit(rateLimitKey(clientOf(c)));
    if (wait === 0) return null;
    c.header("Retry-After", String(wait));
    return fail(c, 429, "rate-limited", `Too many requests. Try again in ${wait} seconds.`);
  }

  async function readJson<T>(c: Context, schema: z.ZodType<T>): Promise<T | null> {
    try {
      const parsed = schema.safeParse(await c.req.json());
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  /** Why this client may not make an inbox or sync space (the error to send), or null when it may. */
  function mayNotCreate(c: Context, createToken: string | undefined, what: "inboxes" | "sync spaces") {
    if (config.createToken !== undefined && !sameSecret(createToken ?? "", sha256(config.createToken)))
      return fail(c, 401, "no-create-token", `This server needs its creation token to make ${what}.`);
    // Without a token, a stranger on the internet must not fill the server: only the school's own network creates.
    if (config.createToken === undefined && !isLocalNetwork(clientOf(c)))
      return fail(
        c,
        403,
        "create-local-only",
        `This server makes ${what} only for its own network. To allow others, its operator sets CREATE_TOKEN.`,
      );
    return null;
  }

  /** The sync space named in the path, checked against the Bearer token; or the error response to send. */
  async function syncSpace(c: Context): Promise<{ space: SyncSpaceMeta } | { response: Response }> {
    const token = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    if (!token) return { response: fail(c, 401, "no-token", "This needs the sync link.") };
    const id = c.req.param("id") ?? "";
    const space = SPACE_ID.test(id) ? await db.findSyncSpace(id, now()) : null;
    if (!space) return { response: fail(c, 404, "no-space", NO_SPACE) };
    if (!sameSecret(token, space.tokenHash))
      return { response: fail(c, 403, "wrong-token", "This sync link is incomplete or was changed.") };
    return { space };
  }

  /** The inbox named in the path, checked against the Bearer key; or the error response to send. */
  async function teacherInbox(c: Context): Promise<{ inbox: InboxRow } | { response: Response }> {
    const key = /^Bearer\s+(\S+)$/i.exec(c.req.header("authorization") ?? "")?.[1];
    if (!key) return { response: fail(c, 401, "no-key", "This needs the teacher key of the inbox.") };
    const id = c.req.param("id") ?? "";
    const inbox = INBOX_ID.test(id) ? await db.findInbox(id, now()) : null;
    if (!inbox)
      return { response: fail(c, 404, "no-inbox", "There is no such inbox. It may have been deleted or expired.") };
    if (!sameSecret(key, inbox.keyHash))
      return { response: fail(c, 401, "wrong-key", "This is not the teacher key of this inbox.") };
    return { inbox };
  }

  // Hono's secure-headers. Not overwritten: a page's own Content-Security-Policy (static-files.ts, its inline scripts
  // by hash). No Strict-Transport-Security: whoever terminates TLS (the proxy) decides it for the whole host.
  app.use(
    "*",
    secureHeaders({
      overwrite: false,
      xFrameOptions: "DENY",
      strictTransportSecurity: false,
      contentSecurityPolicy: { defaultSrc: ["'none'"], frameAncestors: ["'none'"] },
      permissionsPolicy: { camera: [], microphone: [], geolocation: [] },
    }),
  );

  app.onError((err, c) => {
    if (isDatabaseDown(err)) return databaseDown(c);
    // The message of a failed query carries its parameters (names, answers): log only the first line of it.
    console.error(`[debrief] ${c.req.method} ${c.req.routePath}: ${err.name}: ${err.message.split("\n")[0]}`);
    return fail(c, 500, "server-error", "The server had a problem. Your data is safe; try again in a moment.");
  });

  const api = new Hono();
  // Answers carry teachers' results, keys and receipts: no browser or proxy cache may keep them.
  api.use("*", async (c, next) => {
    await next();
    c.header("Cache-Control", "no-store");
  });
  api.use("*", async (c, next) => {
    const origin = c.req.header("origin");
    if (origin && origin !== originOf(c) && !allowed.has(origin))
      return fail(c, 403, "origin-not-allowed", "This inbox server does not accept requests from that site.");
    return next();
  });
  api.use(
    "*",
    cors({
      origin: (origin) => (allowed.has(origin) ? origin : null),
      allowMethods: ["GET", "POST", "PUT", "DELETE"],
      allowHeaders: ["Content-Type", "Authorization", "If-Match"],
      exposeHeaders: ["Retry-After", "ETag"],
      maxAge: 600,
    }),
  );
  const tooLarge = (c: Context) => fail(c, 413, "too-large", "The request is larger than this server accepts.");
  const smallBody = bodyLimit({ maxSize: config.bodyLimitBytes, onError: tooLarge });
  // A sync copy is the one large body: its cap is the per-space cap.
  const syncBody = bodyLimit({ maxSize: config.maxBytesPerSyncSpace, onError: tooLarge });
  api.use("*", (c, next) =>
    c.req.method === "PUT" && /^\/api\/v1\/sync\/[^/]+$/.test(c.req.path) ? syncBody(c, next) : smallBody(c, next),
  );

  api.get("/health", async (c) => {
    try {
      await db.ping();
    } catch {
      return databaseDown(c);
    }
    return c.json({
      ok: true,
      database: db.engine,
      createTokenRequired: config.createToken !== undefined,
      inboxDays: config.inboxDays,
      maxResultsPerInbox: config.maxResultsPerInbox,
      syncDays: config.syncDays,
    });
  });

  // Sync spaces: one encrypted copy of a learner's progress each, read and written with a token derived from the
  // sync link (the server never sees the link's secret or the key). Versions give optimistic concurrency.
  api.post("/sync", async (c) => {
    const slow = await limited(c, "create");
    if (slow) return slow;
    const body = await readJson(c, syncCreateBody);
    if (!body) return fail(c, 400, "bad-request", 'Send the sync token as JSON: {"token": "..."}.');
    const refused = mayNotCreate(c, body.createToken, "sync spaces");
    if (refused) return refused;
    if ((await db.countSyncSpaces(now())) >= config.maxSyncSpaces)
      return fail(c, 503, "server-full", "This server holds as many synced copies as it allows. Try again later.");
    const created = now();
    const id = randomId(16);
    const expiresAt = new Date(created.getTime() + config.syncDays * DAY_MS);
    await db.createSyncSpace({ id, tokenHash: sha256(body.token), createdAt: created, expiresAt });
    return c.json({ id, version: 0, expiresAt: expiresAt.toISOString(), syncDays: config.syncDays }, 201);
  });

  api.get("/sync/:id", async (c) => {
    const slow = await limited(c, "sync");
    if (slow) return slow;
    const auth = await syncSpace(c);
    if ("response" in auth) return auth.response;
    const copy = await db.readSyncSpace(auth.space.id, now());
    if (!copy) return fail(c, 404, "no-space", NO_SPACE);
    c.header("ETag", `"${copy.version}"`);
    c.header("Content-Type", "application/octet-stream");
    return c.body(copy.data ? new Uint8Array(copy.data) : new Uint8Array(0), 200);
  });

  api.put("/sync/:id", async (c) => {
    const slow = await limited(c, "sync");
    if (slow) return slow;
    const ifMatch = /^(?:W\/)?"?(\d{1,10})"?$/.exec(c.req.header("if-match")?.trim() ?? "")?.[1];
    if (ifMatch === undefined || Number(ifMatch) >= INT_MAX)
      return fail(c, 428, "no-version", "Send the version this copy replaces in If-Match.");
    const auth = await syncSpace(c);
    if ("response" in auth) return auth.response;
    const data = new Uint8Array(await c.req.arrayBuffer());
    if (data.byteLength === 0) return fail(c, 400, "bad-request", "Send the encrypted copy as the request body.");
    if (data.byteLength > config.maxBytesPerSyncSpace) return tooLarge(c);
    const outcome = await db.writeSyncSpace({
      id: auth.space.id,
      ifVersion: Number(ifMatch),
      data,
      now: now(),
      expiresAt: new Date(now().getTime() + config.syncDays * DAY_MS),
      maxTotalBytes: config.maxSyncTotalBytes,
    });
    switch (outcome.kind) {
      case "written":
        c.header("ETag", `"${outcome.version}"`);
        return c.json({ version: outcome.version });
      case "conflict":
        c.header("ETag", `"${outcome.version}"`);
        return c.json(
          {
            error: "Another device synced first: read its copy, merge, then write.",
            reason: "conflict",
            version: outcome.version,
          },
          409,
        );
      case "not-found":
        return fail(c, 404, "no-space", NO_SPACE);
      case "server-full":
        return fail(c, 503, "server-full", "This server holds as many synced copies as it allows. Try again later.");
    }
  });

  api.delete("/sync/:id", async (c) => {
    const slow = await limited(c, "sync");
    if (slow) return slow;
    const auth = await syncSpace(c);
    if ("response" in auth) return auth.response;
    await db.deleteSyncSpace(auth.space.id);
    return c.json({ deleted: true });
  });

  api.post("/inboxes", async (c) => {
    const slow = await limited(c, "create");
    if (slow) return slow;
    const body = await readJson(c, createBody);
    if (!body) return fail(c, 400, "bad-request", 'Send the assignment id as JSON: {"assignmentId": "..."}.');
    const refused = mayNotCreate(c, body.createToken, "inboxes");
    if (refused) return refused;
    if (
      (await db.countInboxes(now())) >= config.maxInboxes ||
      (await db.totalResultBytes(now())) >= config.maxTotalBytes
    )
      return fail(c, 503, "server-full", "This server holds as many inboxes as it allows. Try again later.");
    const created = now();
    const id = randomId(16);
    const key = randomId(32);
    const expiresAt = new Date(created.getTime() + config.inboxDays * DAY_MS);
    await db.createInbox({ id, assignmentId: body.assignmentId, keyHash: sha256(key), createdAt: created, expiresAt });
    return c.json({ id, key, expiresAt: expiresAt.toISOString() }, 201);
  });

  api.post("/inboxes/:id/results", async (c) => {
    const slow = await limited(c, "submit");
    if (slow) return slow;
    const id = c.req.param("id");
    const body = await readJson(c, submitBody);
    if (!body) return fail(c, 400, "bad-request", 'Send the result code as JSON: {"code": "..."}.');
    const decoded = decodeResult(body.code);
    if (!decoded.ok) return fail(c, 400, "bad-code", CODE_PROBLEMS[decoded.reason]);
    if (!ASSIGNMENT_ID.test(decoded.value.assignmentId))
      return fail(c, 400, "other-assignment", "This result is for another assignment than this inbox collects.");
    if (!INBOX_ID.test(id))
      return fail(c, 404, "no-inbox", "There is no such inbox. It may have been deleted or expired.");
    const outcome = await db.submitResult({
      inboxId: id,
      assignmentId: decoded.value.assignmentId,
      code: decoded.value.code,
      // The decoded result re-encoded: the same result spelled differently (unused bits) is the same row.
      codeHash: sha256(encodeResult(decoded.value)),
      receiptId: randomId(12),
      now: now(),
      maxResults: config.maxResultsPerInbox,
      maxBytes: config.maxBytesPerInbox,
      maxTotalBytes: config.maxTotalBytes,
    });
    switch (outcome.kind) {
      case "stored":
      case "existing":
        return c.json(
          { receipt: { id: outcome.receipt.id, receivedAt: outcome.receipt.receivedAt.toISOString() } },
          outcome.kind === "stored" ? 201 : 200,
        );
      case "not-found":
        return fail(c, 404, "no-inbox", "There is no such inbox. It may have been deleted or expired.");
      case "wrong-assignment":
        return fail(c, 400, "other-assignment", "This result is for another assignment than this inbox collects.");
      case "closed":
        return fail(c, 409, "closed", "The teacher has closed this inbox: it takes no more results.");
      case "full":
        return fail(c, 409, "full", "This inbox holds as many results as it allows.");
      case "server-full":
        return fail(c, 503, "server-full", "This server holds as many results as it allows. Try again later.");
    }
  });

  // Public, like submitting: a student's page asks before the student starts whether the inbox still takes results.
  // It names the state and the expiry only, never the results or their count.
  api.get("/inboxes/:id/status", async (c) => {
    const slow = await limited(c, "read");
    if (slow) return slow;
    const id = c.req.param("id");
    const inbox = INBOX_ID.test(id) ? await db.findInbox(id, now()) : null;
    if (!inbox) return c.json({ status: "gone" }, 404);
    // Full when not even a one-byte result would fit, by the rule a submission meets.
    const full = !inboxTakes({ count: inbox.resultCount, bytes: inbox.resultBytes }, 1, {
      maxResults: config.maxResultsPerInbox,
      maxBytes: config.maxBytesPerInbox,
    });
    const status = inbox.closedAt !== null ? "closed" : full ? "full" : "open";
    return c.json({ status, expiresAt: inbox.expiresAt.toISOString() });
  });

  api.get("/inboxes/:id/results", async (c) => {
    const slow = await limited(c, "read");
    if (slow) return slow;
    const auth = await teacherInbox(c);
    if ("response" in auth) return auth.response;
    const after = wholeNumber(c.req.query("after"), 0, 0);
    const limit = wholeNumber(c.req.query("limit"), LIST_LIMIT, 1);
    if (after === null || limit === null)
      return fail(c, 400, "bad-cursor", `The cursor and page size must be whole numbers from 0 (1) to ${INT_MAX}.`);
    const rows = await db.listResults(auth.inbox.id, after, Math.min(limit, LIST_LIMIT));
    return c.json({
      results: rows.map((r) => ({ ...r, receivedAt: r.receivedAt.toISOString() })),
      next: rows.at(-1)?.seq ?? after,
      total: auth.inbox.resultCount,
      closed: auth.inbox.closedAt !== null,
      expiresAt: auth.inbox.expiresAt.toISOString(),
    });
  });

  api.post("/inboxes/:id/close", async (c) => {
    const slow = await limited(c, "read");
    if (slow) return slow;
    const auth = await teacherInbox(c);
    if ("response" in auth) return auth.response;
    await db.closeInbox(auth.inbox.id, now());
    return c.json({ closed: true });
  });

  // Replaces the teacher key (the teacher link): the old key stops working at once. Compare-and-swap on the old hash,
  // so two replacements with one old key cannot both succeed.
  api.post("/inboxes/:id/key", async (c) => {
    const slow = await limited(c, "read");
    if (slow) return slow;
    const auth = await teacherInbox(c);
    if ("response" in auth) return auth.response;
    const key = randomId(32);
    if (!(await db.replaceKey(auth.inbox.id, auth.inbox.keyHash, sha256(key))))
      return fail(c, 401, "wrong-key", "This is not the teacher key of this inbox.");
    return c.json({ key });
  });

  api.delete("/inboxes/:id", async (c) => {
    const slow = await limited(c, "read");
    if (slow) return slow;
    const auth = await teacherInbox(c);
    if ("response" in auth) return auth.response;
    await db.deleteInbox(auth.inbox.id);
    return c.json({ deleted: true });
  });

  api.all("*", (c) => fail(c, 404, "not-found", "There is no such address in the inbox API."));
  app.route("/api/v1", api);
  app.all("/api/*", (c) => fail(c, 404, "not-found", "There is no such address in the inbox API."));

  if (config.staticDir) {
    app.route("/", staticFiles(resolve(config.staticDir), { dataDir: config.dataDir }));
  }
  return app;
}
