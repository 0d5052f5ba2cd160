// The one module that touches the database: opening either engine, migrations, and every query the server makes.
import { mkdirSync, realpathSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { and, asc, count, eq, gt, lt, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import { lockDataFolder } from "./data-lock";
import * as schema from "./schema";
import { inboxes, results, syncSpaces, type InboxRow, type SyncSpaceRow } from "./schema";
import { createClusterApart } from "./pglite-init";

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), "migrations");
/** Any fixed number: instances that start together on one PostgreSQL take turns to migrate. */
const MIGRATION_LOCK = 170_017;

type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Receipt = { id: string; receivedAt: Date };

export type SubmitOutcome =
  | { kind: "stored" | "existing"; receipt: Receipt }
  | { kind: "not-found" | "closed" | "full" | "server-full" | "wrong-assignment" };

export type StoredResult = { seq: number; receiptId: string; code: string; receivedAt: Date };

/** A sync space without its copy: enough to check a token and a version. */
export type SyncSpaceMeta = Pick<SyncSpaceRow, "id" | "tokenHash" | "version" | "size" | "expiresAt">;

export type SyncWriteOutcome =
  { kind: "written"; version: number } | { kind: "conflict"; version: number } | { kind: "not-found" | "server-full" };

export type InboxDb = {
  engine: "embedded" | "postgresql";
  ping(): Promise<void>;
  /** Live (not expired) inboxes. */
  countInboxes(now: Date): Promise<number>;
  /** Bytes of results held by live inboxes. */
  totalResultBytes(now: Date): Promise<number>;
  createInbox(row: Omit<InboxRow, "closedAt" | "resultCount" | "resultBytes">): Promise<void>;
  /** A live inbox (not expired), or null. */
  findInbox(id: string, now: Date): Promise<InboxRow | null>;
  submitResult(input: {
    inboxId: string;
    assignmentId: string;
    code: string;
    codeHash: string;
    receiptId: string;
    now: Date;
    maxResults: number;
    /** Caps in bytes of stored codes: this inbox's, and all live inboxes' together. */
    maxBytes: number;
    maxTotalBytes: number;
  }): Promise<SubmitOutcome>;
  listResults(inboxId: string, after: number, limit: number): Promise<StoredResult[]>;
  closeInbox(id: string, now: Date): Promise<void>;
  /** Swaps the teacher key's hash if it is still `oldHash` (one statement): false when another swap came first. */
  replaceKey(id: string, oldHash: string, newHash: string): Promise<boolean>;
  deleteInbox(id: string): Promise<void>;
  /** Live (not expired) sync spaces. */
  countSyncSpaces(now: Date): Promise<number>;
  createSyncSpace(row: Pick<SyncSpaceRow, "id" | "tokenHash" | "createdAt" | "expiresAt">): Promise<void>;
  /** A live sync space's token hash, version and size, or null. */
  findSyncSpace(id: string, now: Date): Promise<SyncSpaceMeta | null>;
  /** A live sync space's version and encrypted copy (null before the first write), or null. */
  readSyncSpace(id: string, now: Date): Promise<{ version: number; data: Uint8Array | null } | null>;
  /**
   * Writes the copy as version `ifVersion + 1` if the space is still at `ifVersion` (one statement, so of two writes
   * from one version exactly one wins) and all live spaces' bytes stay within `maxTotalBytes`; moves its expiry on.
   */
  writeSyncSpace(input: {
    id: string;
    ifVersion: number;
    data: Uint8Array;
    now: Date;
    expiresAt: Date;
    maxTotalBytes: number;
  }): Promise<SyncWriteOutcome>;
  deleteSyncSpace(id: string): Promise<void>;
  /** Deletes expired inboxes with their results, and expired sync spaces; returns how many went. */
  deleteExpired(now: Date): Promise<number>;
  close(): Promise<void>;
};

/**
 * Whether an inbox holding `held` takes one more result of `adding` bytes under its caps: the rule the submission's
 * insert applies in SQL, for naming why it refused and for the public status check.
 */
export function inboxTakes(
  held: { count: number; bytes: number },
  adding: number,
  caps: { maxResults: number; maxBytes: number },
): boolean {
  return held.count < caps.maxResults && held.bytes + adding <= caps.maxBytes;
}

export type DatabaseConfig = { databaseUrl?: string; dataDir: string };

/** Opens PostgreSQL when a URL is given, else the embedded database in `dataDir`, and applies migrations. */
export async function openDatabase(config: DatabaseConfig): Promise<InboxDb> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  return openEmbedded(realFolder(config.dataDir));
}

/**
 * The folder's real path: PGlite cannot open a folder through a symbolic link, and the lock beside it must name one
 * folder however it is reached. A folder not yet made is resolved through its parent's real path.
 */
function realFolder(dir: string): string {
  const path = resolve(dir);
  try {
    return realpathSync(path);
  } catch {
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

async function openEmbedded(dataDir: string): Promise<InboxDb> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  mkdirSync(dirname(dataDir), { recursive: true });
  // Before opening: a second process on the same folder must not even start PGlite on it.
  const lock = await lockDataFolder(dataDir);
  try {
    await createClusterApart(dataDir);
    const client = await PGlite.create(dataDir);
    const db = drizzle({ client, schema });
    await migrate(db, { migrationsFolder: MIGRATIONS });
    return queries(db as unknown as Db, "embedded", () => client.close().finally(lock.release));
  } catch (err) {
    lock.release();
    throw err;
  }
}

async function openPostgres(url: string): Promise<InboxDb> {
  const { default: postgres } = await import("postgres");
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  // One connection holds an advisory lock while it migrates, so two instances never migrate at once.
  const lockClient = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await lockClient`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(drizzle({ client: lockClient }), { migrationsFolder: MIGRATIONS });
    await lockClient`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await lockClient.end();
  }
  const client = postgres(url, { max: 10, onnotice: () => {} });
  const db = drizzle({ client, schema });
  // A bounded wait: with the server gone, end() would otherwise wait for connections that never answer.
  return queries(db as unknown as Db, "postgresql", () => client.end({ timeout: 5 }));
}

/** Errors that mean the database cannot be reached now (down, restarting, out of connections, closed). */
const UNREACHABLE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "ENOTFOUND",
  "EAI_AGAIN",
  "EHOSTUNREACH",
  "CONNECTION_CLOSED",
  "CONNECTION_ENDED",
  "CONNECTION_DESTROYED",
  "CONNECT_TIMEOUT",
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now
  "53300", // too_many_connections
]);

/** Whether an error thrown by a query means "the database is unreachable, try later" rather than a bug. */
export function isDatabaseDown(err: unknown): boolean {
  for (let e = err, depth = 0; e instanceof Error && depth < 5; e = e.cause, depth++) {
    const code = String((e as { code?: unknown }).code ?? "");
    if (UNREACHABLE_CODES.has(code) || code.startsWith("08")) return true;
    if (/PGlite is closed/.test(e.message)) return true;
    if (e instanceof AggregateError && e.errors.some((inner) => isDatabaseDown(inner))) return true;
  }
  return false;
}

type SubmitRow = {
  found: number;
  assignment_id: string | null;
  closed: boolean | null;
  result_count: number;
  result_bytes: number;
  total_bytes: number;
  existing_id: string | null;
  existing_at: number | null;
  inserted: number;
};

/** Rows of a raw query: postgres.js answers an array, PGlite an object with `rows`. */
function rowsOf(res: unknown): unknown[] {
  return Array.isArray(res) ? res : ((res as { rows?: unknown[] }).rows ?? []);
}

function queries(db: Db, engine: InboxDb["engine"], closeClient: () => Promise<void>): InboxDb {
  const live = (id: string, now: Date) => and(eq(inboxes.id, id), gt(inboxes.expiresAt, now));
  const liveSpace = (id: string, now: Date) => and(eq(syncSpaces.id, id), gt(syncSpaces.expiresAt, now));
  return {
    engine,
    async ping() {
      await db.execute(sql`select 1`);
    },
    async countInboxes(now) {
      const [row] = await db.select({ n: count() }).from(inboxes).where(gt(inboxes.expiresAt, now));
      return row?.n ?? 0;
    },
    async totalResultBytes(now) {
      const [row] = await db
        .select({ n: sql<number>`coalesce(sum(${inboxes.resultBytes}), 0)::float8` })
        .from(inboxes)
        .where(gt(inboxes.expiresAt, now));
      return Number(row?.n ?? 0);
    },
    async createInbox(row) {
      await db.insert(inboxes).values(row);
    },
    async findInbox(id, now) {
      const [row] = await db.select().from(inboxes).where(live(id, now));
      return row ?? null;
    },
    async submitResult(input) {
      // One statement, so one round trip: lock the inbox row (which orders submissions within an inbox, so sequence
      // numbers commit in order and a cursor never skips one), find a repeat, or insert and count.
      const now = input.now.toISOString();
      const bytes = Buffer.byteLength(input.code, "utf8");
      const res = await db.execute(sql`
        with inbox as (
          select id, assignment_id, closed_at, result_count, result_bytes from inboxes
          where id = ${input.inboxId} and expires_at > ${now}::timestamptz
          for update
        ),
        total as (
          -- Not locked: inboxes filling at the same moment may pass the server-wide cap by a few results.
          select coalesce(sum(result_bytes), 0)::float8 as bytes from inboxes where expires_at > ${now}::timestamptz
        ),
        existing as (
          select receipt_id, received_at from results where inbox_id = ${input.inboxId} and code_hash = ${input.codeHash}
        ),
        inserted as (
          insert into results (inbox_id, seq, receipt_id, code_hash, code, received_at)
          select id, result_count + 1, ${input.receiptId}, ${input.codeHash}, ${input.code}, ${now}::timestamptz
          from inbox
          where assignment_id = ${input.assignmentId} and closed_at is null and result_count < ${input.maxResults}
            and result_bytes + ${bytes} <= ${input.maxBytes}
            and (select bytes from total) + ${bytes} <= ${input.maxTotalBytes}
            and not exists (select 1 from existing)
          on conflict (inbox_id, code_hash) do nothing
          returning seq
        ),
        bumped as (
          update inboxes set result_count = inserted.seq, result_bytes = inboxes.result_bytes + ${bytes}
          from inserted where inboxes.id = ${input.inboxId}
          returning inboxes.id
        )
        select
          (select count(*)::int from inbox) as found,
          (select assignment_id from inbox) as assignment_id,
          (select closed_at is not null from inbox) as closed,
          (select result_count from inbox) as result_count,
          (select result_bytes from inbox) as result_bytes,
          (select bytes from total) as total_bytes,
          (select receipt_id from existing) as existing_id,
          (select (extract(epoch from received_at) * 1000)::float8 from existing) as existing_at,
          (select count(*)::int from inserted) as inserted,
          (select count(*)::int from bumped) as bumped`);
      const row = rowsOf(res)[0] as SubmitRow | undefined;
      if (!row || row.found === 0) return { kind: "not-found" };
      if (row.existing_id !== null && row.existing_at !== null)
        return { kind: "existing", receipt: { id: row.existing_id, receivedAt: new Date(row.existing_at) } };
      if (row.inserted === 1) return { kind: "stored", receipt: { id: input.receiptId, receivedAt: input.now } };
      if (row.assignment_id !== input.assignmentId) return { kind: "wrong-assignment" };
      if (row.closed) return { kind: "closed" };
      if (!inboxTakes({ count: row.result_count, bytes: row.result_bytes }, bytes, input)) return { kind: "full" };
      if (Number(row.total_bytes) + bytes > input.maxTotalBytes) return { kind: "server-full" };
      // The same code committed by another request while this one waited for the lock: answer with its receipt.
      const [first] = await db
        .select({ id: results.receiptId, receivedAt: results.receivedAt })
        .from(results)
        .where(and(eq(results.inboxId, input.inboxId), eq(results.codeHash, input.codeHash)));
      if (!first) throw new Error("A submission was neither stored nor found.");
      return { kind: "existing", receipt: first };
    },
    async listResults(inboxId, after, limit) {
      return db
        .select({ seq: results.seq, receiptId: results.receiptId, code: results.code, receivedAt: results.receivedAt })
        .from(results)
        .where(and(eq(results.inboxId, inboxId), gt(results.seq, after)))
        .orderBy(asc(results.seq))
        .limit(limit);
    },
    async closeInbox(id, now) {
      await db
        .update(inboxes)
        .set({ closedAt: now })
        .where(and(eq(inboxes.id, id), sql`${inboxes.closedAt} is null`));
    },
    async replaceKey(id, oldHash, newHash) {
      const rows = await db
        .update(inboxes)
        .set({ keyHash: newHash })
        .where(and(eq(inboxes.id, id), eq(inboxes.keyHash, oldHash)))
        .returning({ id: inboxes.id });
      return rows.length === 1;
    },
    async deleteInbox(id) {
      await db.delete(inboxes).where(eq(inboxes.id, id));
    },
    async countSyncSpaces(now) {
      const [row] = await db.select({ n: count() }).from(syncSpaces).where(gt(syncSpaces.expiresAt, now));
      return row?.n ?? 0;
    },
    async createSyncSpace(row) {
      await db.insert(syncSpaces).values({ ...row, updatedAt: row.createdAt });
    },
    async findSyncSpace(id, now) {
      const [row] = await db
        .select({
          id: syncSpaces.id,
          tokenHash: syncSpaces.tokenHash,
          version: syncSpaces.version,
          size: syncSpaces.size,
          expiresAt: syncSpaces.expiresAt,
        })
        .from(syncSpaces)
        .where(liveSpace(id, now));
      return row ?? null;
    },
    async readSyncSpace(id, now) {
      const [row] = await db
        .select({ version: syncSpaces.version, data: syncSpaces.data })
        .from(syncSpaces)
        .where(liveSpace(id, now));
      return row ?? null;
    },
    async writeSyncSpace(input) {
      const size = input.data.byteLength;
      const now = input.now.toISOString();
      const written = await db
        .update(syncSpaces)
        .set({
          data: Buffer.from(input.data.buffer, input.data.byteOffset, input.data.byteLength),
          size,
          version: sql`${syncSpaces.version} + 1`,
          updatedAt: input.now,
          expiresAt: input.expiresAt,
        })
        .where(
          and(
            liveSpace(input.id, input.now),
            eq(syncSpaces.version, input.ifVersion),
            // Not locked: spaces growing at the same moment may pass the server-wide cap by a few copies.
            sql`(select coalesce(sum(s.size), 0)::float8 from sync_spaces s
                 where s.expires_at > ${now}::timestamptz and s.id <> ${input.id}) + ${size} <= ${input.maxTotalBytes}`,
          ),
        )
        .returning({ version: syncSpaces.version });
      if (written[0]) return { kind: "written", version: written[0].version };
      const [current] = await db
        .select({ version: syncSpaces.version })
        .from(syncSpaces)
        .where(liveSpace(input.id, input.now));
      if (!current) return { kind: "not-found" };
      if (current.version !== input.ifVersion) return { kind: "conflict", version: current.version };
      return { kind: "server-full" };
    },
    async deleteSyncSpace(id) {
      await db.delete(syncSpaces).where(eq(syncSpaces.id, id));
    },
    async deleteExpired(now) {
      const gone = await db.delete(inboxes).where(lt(inboxes.expiresAt, now)).returning({ id: inboxes.id });
      const spaces = await db.delete(syncSpaces).where(lt(syncSpaces.expiresAt, now)).returning({ id: syncSpaces.id });
      return gone.length + spaces.length;
    },
    close: closeClient,
  };
}
