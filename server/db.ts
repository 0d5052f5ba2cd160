// The one module that touches the database: opening either engine, migrations, and every query the server makes.
import { mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { and, asc, count, eq, gt, lt, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import * as schema from "./schema";
import { inboxes, results, type InboxRow } from "./schema";

const MIGRATIONS = join(dirname(fileURLToPath(import.meta.url)), "migrations");
/** Any fixed number: instances that start together on one PostgreSQL take turns to migrate. */
const MIGRATION_LOCK = 170_017;

type Db = PgDatabase<PgQueryResultHKT, typeof schema>;

export type Receipt = { id: string; receivedAt: Date };

export type SubmitOutcome =
  { kind: "stored" | "existing"; receipt: Receipt } | { kind: "not-found" | "closed" | "full" | "wrong-assignment" };

export type StoredResult = { seq: number; receiptId: string; code: string; receivedAt: Date };

export type InboxDb = {
  engine: "embedded" | "postgresql";
  ping(): Promise<void>;
  countInboxes(): Promise<number>;
  createInbox(row: Omit<InboxRow, "closedAt" | "resultCount">): Promise<void>;
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
  }): Promise<SubmitOutcome>;
  listResults(inboxId: string, after: number, limit: number): Promise<StoredResult[]>;
  closeInbox(id: string, now: Date): Promise<void>;
  deleteInbox(id: string): Promise<void>;
  /** Deletes expired inboxes with their results; returns how many inboxes went. */
  deleteExpired(now: Date): Promise<number>;
  close(): Promise<void>;
};

export type DatabaseConfig = { databaseUrl?: string; dataDir: string };

/** Opens PostgreSQL when a URL is given, else the embedded database in `dataDir`, and applies migrations. */
export async function openDatabase(config: DatabaseConfig): Promise<InboxDb> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl);
  return openEmbedded(resolve(config.dataDir));
}

async function openEmbedded(dataDir: string): Promise<InboxDb> {
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle } = await import("drizzle-orm/pglite");
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  mkdirSync(dirname(dataDir), { recursive: true });
  const client = await PGlite.create(dataDir);
  const db = drizzle({ client, schema });
  await migrate(db, { migrationsFolder: MIGRATIONS });
  return queries(db as unknown as Db, "embedded", () => client.close());
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
  return queries(db as unknown as Db, "postgresql", () => client.end());
}

function queries(db: Db, engine: InboxDb["engine"], closeClient: () => Promise<void>): InboxDb {
  const live = (id: string, now: Date) => and(eq(inboxes.id, id), gt(inboxes.expiresAt, now));
  return {
    engine,
    async ping() {
      await db.execute(sql`select 1`);
    },
    async countInboxes() {
      const [row] = await db.select({ n: count() }).from(inboxes);
      return row?.n ?? 0;
    },
    async createInbox(row) {
      await db.insert(inboxes).values(row);
    },
    async findInbox(id, now) {
      const [row] = await db.select().from(inboxes).where(live(id, now));
      return row ?? null;
    },
    async submitResult(input) {
      return db.transaction(async (tx) => {
        // The row lock orders submissions within an inbox: sequence numbers commit in order, so a cursor never skips one.
        const [inbox] = await tx.select().from(inboxes).where(live(input.inboxId, input.now)).for("update");
        if (!inbox) return { kind: "not-found" } as const;
        if (inbox.assignmentId !== input.assignmentId) return { kind: "wrong-assignment" } as const;
        const [existing] = await tx
          .select({ id: results.receiptId, receivedAt: results.receivedAt })
          .from(results)
          .where(and(eq(results.inboxId, input.inboxId), eq(results.codeHash, input.codeHash)));
        // A repeat answers with the first receipt, even once the inbox is closed: the student's app may have missed it.
        if (existing) return { kind: "existing", receipt: existing } as const;
        if (inbox.closedAt) return { kind: "closed" } as const;
        if (inbox.resultCount >= input.maxResults) return { kind: "full" } as const;
        const seq = inbox.resultCount + 1;
        await tx.insert(results).values({
          inboxId: input.inboxId,
          seq,
          receiptId: input.receiptId,
          codeHash: input.codeHash,
          code: input.code,
          receivedAt: input.now,
        });
        await tx.update(inboxes).set({ resultCount: seq }).where(eq(inboxes.id, input.inboxId));
        return { kind: "stored", receipt: { id: input.receiptId, receivedAt: input.now } } as const;
      });
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
    async deleteInbox(id) {
      await db.delete(inboxes).where(eq(inboxes.id, id));
    },
    async deleteExpired(now) {
      const gone = await db.delete(inboxes).where(lt(inboxes.expiresAt, now)).returning({ id: inboxes.id });
      return gone.length;
    },
    close: closeClient,
  };
}
