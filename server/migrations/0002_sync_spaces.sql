CREATE TABLE "sync_spaces" (
	"id" text PRIMARY KEY NOT NULL,
	"token_hash" text NOT NULL,
	"version" integer DEFAULT 0 NOT NULL,
	"data" "bytea",
	"size" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX "sync_spaces_expires_at_idx" ON "sync_spaces" USING btree ("expires_at");