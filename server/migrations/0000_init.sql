CREATE TABLE "inboxes" (
	"id" text PRIMARY KEY NOT NULL,
	"assignment_id" text NOT NULL,
	"key_hash" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"result_count" integer DEFAULT 0 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "results" (
	"inbox_id" text NOT NULL,
	"seq" integer NOT NULL,
	"receipt_id" text NOT NULL,
	"code_hash" text NOT NULL,
	"code" text NOT NULL,
	"received_at" timestamp with time zone NOT NULL,
	CONSTRAINT "results_inbox_id_seq_pk" PRIMARY KEY("inbox_id","seq")
);
--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_inbox_id_inboxes_id_fk" FOREIGN KEY ("inbox_id") REFERENCES "public"."inboxes"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "inboxes_expires_at_idx" ON "inboxes" USING btree ("expires_at");--> statement-breakpoint
CREATE UNIQUE INDEX "results_inbox_code_idx" ON "results" USING btree ("inbox_id","code_hash");