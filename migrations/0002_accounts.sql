CREATE TABLE "applicants" (
	"id" uuid PRIMARY KEY NOT NULL,
	"national_code_hash" text NOT NULL,
	"national_code_enc" "bytea" NOT NULL,
	"email_hash" text NOT NULL,
	"email_enc" "bytea" NOT NULL,
	"phone_enc" "bytea",
	"status" text DEFAULT 'pending' NOT NULL,
	"identity" jsonb NOT NULL,
	"residence" jsonb,
	"consulate_id" uuid,
	"residence_confirmed_at" timestamp with time zone,
	"preferred_locale" text DEFAULT 'fa' NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"activated_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "otp_challenges" (
	"id" uuid PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"national_code_hash" text NOT NULL,
	"national_code_enc" "bytea" NOT NULL,
	"email_hash" text NOT NULL,
	"email_enc" "bytea" NOT NULL,
	"code_hmac" text NOT NULL,
	"session_hash" text NOT NULL,
	"locale" text NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"voided_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "sign_in_guards" (
	"national_code_hash" text PRIMARY KEY NOT NULL,
	"consecutive_failures" integer DEFAULT 0 NOT NULL,
	"locked_until" timestamp with time zone,
	"locked_for_review" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "questions" (
	"id" uuid PRIMARY KEY NOT NULL,
	"reference" text NOT NULL,
	"applicant_id" uuid,
	"national_code_hash" text,
	"national_code_enc" "bytea",
	"contact_email_enc" "bytea",
	"consulate_id" uuid,
	"category" text NOT NULL,
	"subject" text NOT NULL,
	"body_enc" "bytea" NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"locale" text NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "questions_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
ALTER TABLE "applicants" ADD CONSTRAINT "applicants_consulate_id_consulates_id_fk" FOREIGN KEY ("consulate_id") REFERENCES "public"."consulates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "questions" ADD CONSTRAINT "questions_consulate_id_consulates_id_fk" FOREIGN KEY ("consulate_id") REFERENCES "public"."consulates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "applicants_national_code_hash_key" ON "applicants" USING btree ("national_code_hash");--> statement-breakpoint
CREATE UNIQUE INDEX "applicants_email_hash_key" ON "applicants" USING btree ("email_hash");--> statement-breakpoint
CREATE INDEX "otp_challenges_national_code_idx" ON "otp_challenges" USING btree ("national_code_hash","created_at");--> statement-breakpoint
CREATE INDEX "otp_challenges_open_idx" ON "otp_challenges" USING btree ("expires_at") WHERE used_at is null and voided_at is null;--> statement-breakpoint
CREATE INDEX "questions_national_code_idx" ON "questions" USING btree ("national_code_hash");--> statement-breakpoint
CREATE INDEX "questions_applicant_idx" ON "questions" USING btree ("applicant_id");