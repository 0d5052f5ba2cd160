ALTER TABLE "inboxes" ADD COLUMN "result_bytes" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
-- Inboxes made before this column existed: count the bytes they already hold.
UPDATE "inboxes" SET "result_bytes" = coalesce((SELECT sum(octet_length("code")) FROM "results" WHERE "results"."inbox_id" = "inboxes"."id"), 0);
