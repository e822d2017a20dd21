CREATE TABLE "request_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"transition" text NOT NULL,
	"from_state" text NOT NULL,
	"to_state" text NOT NULL,
	"actor" text NOT NULL,
	"message" text,
	"deadline" timestamp with time zone,
	"at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "request_versions" (
	"request_id" uuid NOT NULL,
	"n" integer NOT NULL,
	"answers_enc" "bytea" NOT NULL,
	"document_ids" uuid[] NOT NULL,
	"submitted_at" timestamp with time zone NOT NULL,
	CONSTRAINT "request_versions_request_id_n_pk" PRIMARY KEY("request_id","n")
);
--> statement-breakpoint
CREATE TABLE "service_requests" (
	"id" uuid PRIMARY KEY NOT NULL,
	"tracking_code" text,
	"applicant_id" uuid NOT NULL,
	"consulate_id" uuid NOT NULL,
	"service_id" text NOT NULL,
	"state" text NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"answers_enc" "bytea" NOT NULL,
	"fee_eur" numeric(10, 2),
	"fee_amount" numeric(14, 2),
	"fee_currency" text,
	"fee_paid_at" timestamp with time zone,
	"correction" jsonb,
	"submit_key" text,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "request_events" ADD CONSTRAINT "request_events_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_versions" ADD CONSTRAINT "request_versions_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_applicant_id_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "service_requests" ADD CONSTRAINT "service_requests_consulate_id_consulates_id_fk" FOREIGN KEY ("consulate_id") REFERENCES "public"."consulates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "request_events_request_idx" ON "request_events" USING btree ("request_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_requests_tracking_code_key" ON "service_requests" USING btree ("tracking_code");--> statement-breakpoint
CREATE UNIQUE INDEX "service_requests_submit_key" ON "service_requests" USING btree ("applicant_id","submit_key");--> statement-breakpoint
CREATE INDEX "service_requests_applicant_idx" ON "service_requests" USING btree ("applicant_id","updated_at");--> statement-breakpoint
CREATE INDEX "service_requests_queue_idx" ON "service_requests" USING btree ("consulate_id","state","submitted_at");--> statement-breakpoint
CREATE INDEX "service_requests_drafts_idx" ON "service_requests" USING btree ("updated_at") WHERE state = 'draft';