// The inbox tables: one schema for the embedded database (PGlite) and for a PostgreSQL server.
import { customType, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

const at = (name: string) => timestamp(name, { withTimezone: true, mode: "date" });

export const inboxes = pgTable(
  "inboxes",
  {
    /** 128 random bits, base64url: the part of the assignment link that names the inbox. */
    id: text("id").primaryKey(),
    /** The assignment the inbox accepts results for (its id, from core/assignment). */
    assignmentId: text("assignment_id").notNull(),
    /** SHA-256 of the teacher key; the key itself is shown once and never stored. */
    keyHash: text("key_hash").notNull(),
    createdAt: at("created_at").notNull(),
    expiresAt: at("expires_at").notNull(),
    closedAt: at("closed_at"),
    /** Results stored so far; also the last sequence number handed out, under the inbox row's lock. */
    resultCount: integer("result_count").notNull().default(0),
    /** Bytes of the result codes stored so far: the per-inbox and whole-server caps count these. */
    resultBytes: integer("result_bytes").notNull().default(0),
  },
  (t) => [index("inboxes_expires_at_idx").on(t.expiresAt)],
);

export const results = pgTable(
  "results",
  {
    inboxId: text("inbox_id")
      .notNull()
      .references(() => inboxes.id, { onDelete: "cascade" }),
    /** 1, 2, 3... within the inbox, in commit order: the listing cursor. */
    seq: integer("seq").notNull(),
    receiptId: text("receipt_id").notNull(),
    /** SHA-256 of the decoded result re-encoded canonically: the same result sent twice, however spelled, is one row. */
    codeHash: text("code_hash").notNull(),
    /** The result code as the student's app made it (name, answers, times); decoded by the teacher's app. */
    code: text("code").notNull(),
    receivedAt: at("received_at").notNull(),
  },
  (t) => [primaryKey({ columns: [t.inboxId, t.seq] }), uniqueIndex("results_inbox_code_idx").on(t.inboxId, t.codeHash)],
);

/** Raw bytes: postgres.js reads a Buffer, PGlite a Uint8Array; both take either. */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({ dataType: () => "bytea" });

/**
 * Sync spaces (the "keep my progress on my other devices" link): one encrypted copy of a learner's progress each. The
 * server holds what it cannot read: the copy is AES-GCM ciphertext made in the browser with a key the server never sees.
 */
export const syncSpaces = pgTable(
  "sync_spaces",
  {
    /** 128 random bits, base64url: the part of the sync link before the dot. */
    id: text("id").primaryKey(),
    /** SHA-256 of the token derived from the link's secret; the token cannot give the encryption key. */
    tokenHash: text("token_hash").notNull(),
    /** 0 when created (no copy yet), then 1, 2, 3... one per write: the If-Match of the next write. */
    version: integer("version").notNull().default(0),
    /** The encrypted copy (null until the first write). */
    data: bytea("data"),
    /** Bytes of `data`: the per-space and whole-server caps count these. */
    size: integer("size").notNull().default(0),
    createdAt: at("created_at").notNull(),
    updatedAt: at("updated_at").notNull(),
    /** The last write plus SYNC_DAYS: a space nobody writes to is deleted then. */
    expiresAt: at("expires_at").notNull(),
  },
  (t) => [index("sync_spaces_expires_at_idx").on(t.expiresAt)],
);

export type InboxRow = typeof inboxes.$inferSelect;
export type ResultRow = typeof results.$inferSelect;
export type SyncSpaceRow = typeof syncSpaces.$inferSelect;
