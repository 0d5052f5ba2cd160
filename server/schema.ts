// The inbox tables: one schema for the embedded database (PGlite) and for a PostgreSQL server.
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";

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

export type InboxRow = typeof inboxes.$inferSelect;
export type ResultRow = typeof results.$inferSelect;
