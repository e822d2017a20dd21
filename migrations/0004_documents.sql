CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"request_id" uuid,
	"blob_key" text NOT NULL,
	"thumbnail_key" text,
	"scan_key" text,
	"sha256" text NOT NULL,
	"mime" text NOT NULL,
	"bytes" integer NOT NULL,
	"width" integer,
	"height" integer,
	"pages" integer,
	"scan_state" text NOT NULL,
	"scan_attempts" integer DEFAULT 0 NOT NULL,
	"scan_after" timestamp with time zone,
	"scanned_at" timestamp with time zone,
	"version_of" uuid,
	"locked_at" timestamp with time zone,
	"superseded_at" timestamp with time zone,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_owner_id_applicants_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."applicants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "documents_current_profile_key" ON "documents" USING btree ("owner_id","kind") WHERE request_id is null and superseded_at is null;--> statement-breakpoint
CREATE INDEX "documents_owner_idx" ON "documents" USING btree ("owner_id");--> statement-breakpoint
CREATE INDEX "documents_request_idx" ON "documents" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "documents_scan_queue_idx" ON "documents" USING btree ("scan_after") WHERE scan_state = 'pending';