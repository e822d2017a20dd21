CREATE TABLE "appointment_settings" (
	"consulate_id" uuid PRIMARY KEY NOT NULL,
	"window_days" smallint DEFAULT 30 NOT NULL,
	"min_notice_hours" smallint DEFAULT 24 NOT NULL,
	"release_time" text DEFAULT '08:00' NOT NULL,
	"slot_minutes" smallint DEFAULT 10 NOT NULL,
	"updated_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_marks" (
	"booking_id" uuid PRIMARY KEY NOT NULL,
	"staff_id" uuid NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"mark" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "booking_requests" (
	"booking_id" uuid NOT NULL,
	"request_id" uuid NOT NULL,
	"active" boolean NOT NULL,
	CONSTRAINT "booking_requests_booking_id_request_id_pk" PRIMARY KEY("booking_id","request_id")
);
--> statement-breakpoint
CREATE TABLE "booking_seats" (
	"slot_id" uuid NOT NULL,
	"seat" smallint NOT NULL,
	"booking_id" uuid NOT NULL,
	CONSTRAINT "booking_seats_slot_id_seat_pk" PRIMARY KEY("slot_id","seat")
);
--> statement-breakpoint
CREATE TABLE "bookings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consulate_id" uuid NOT NULL,
	"service_group" text NOT NULL,
	"applicant_id" uuid NOT NULL,
	"state" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"seat" smallint NOT NULL,
	"held_until" timestamp with time zone,
	"waitlist_id" uuid,
	"replaces_id" uuid,
	"created_at" timestamp with time zone NOT NULL,
	"confirmed_at" timestamp with time zone,
	"ended_at" timestamp with time zone,
	"ended_by" text,
	"reminded_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "opening_hours" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consulate_id" uuid NOT NULL,
	"service_group" text NOT NULL,
	"weekday" smallint NOT NULL,
	"opens" text NOT NULL,
	"closes" text NOT NULL,
	"counters" smallint NOT NULL,
	CONSTRAINT "opening_hours_weekday" CHECK ("opening_hours"."weekday" between 1 and 7),
	CONSTRAINT "opening_hours_counters" CHECK ("opening_hours"."counters" between 1 and 50),
	CONSTRAINT "opening_hours_period" CHECK ("opening_hours"."opens" < "opening_hours"."closes")
);
--> statement-breakpoint
CREATE TABLE "opening_queue" (
	"consulate_id" uuid NOT NULL,
	"opens_at" timestamp with time zone NOT NULL,
	"applicant_id" uuid NOT NULL,
	"arrived_at" timestamp with time zone NOT NULL,
	"early" boolean NOT NULL,
	"draw" text NOT NULL,
	CONSTRAINT "opening_queue_consulate_id_opens_at_applicant_id_pk" PRIMARY KEY("consulate_id","opens_at","applicant_id")
);
--> statement-breakpoint
CREATE TABLE "slots" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consulate_id" uuid NOT NULL,
	"service_group" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"seats" smallint NOT NULL,
	"taken" smallint DEFAULT 0 NOT NULL,
	CONSTRAINT "slots_capacity" CHECK ("slots"."taken" >= 0 and "slots"."taken" <= "slots"."seats")
);
--> statement-breakpoint
CREATE TABLE "waitlist" (
	"id" uuid PRIMARY KEY NOT NULL,
	"consulate_id" uuid NOT NULL,
	"service_group" text NOT NULL,
	"applicant_id" uuid NOT NULL,
	"request_ids" uuid[] NOT NULL,
	"minutes" smallint NOT NULL,
	"state" text NOT NULL,
	"joined_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"offers_missed" smallint DEFAULT 0 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "dev_mailbox" ADD COLUMN "attachments" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "consulate_services" ADD COLUMN "visit_minutes" smallint;--> statement-breakpoint
ALTER TABLE "appointment_settings" ADD CONSTRAINT "appointment_settings_consulate_id_consulates_id_fk" FOREIGN KEY ("consulate_id") REFERENCES "public"."consulates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_marks" ADD CONSTRAINT "booking_marks_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_marks" ADD CONSTRAINT "booking_marks_staff_id_staff_id_fk" FOREIGN KEY ("staff_id") REFERENCES "public"."staff"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_requests" ADD CONSTRAINT "booking_requests_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_requests" ADD CONSTRAINT "booking_requests_request_id_service_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."service_requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_seats" ADD CONSTRAINT "booking_seats_slot_id_slots_id_fk" FOREIGN KEY ("slot_id") REFERENCES "public"."slots"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booking_seats" ADD CONSTRAINT "booking_seats_booking_id_bookings_id_fk" FOREIGN KEY ("booking_id") REFERENCES "public"."bookings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_consulate_id_consulates_id_fk" FOREIGN KEY ("consulate_id") REFERENCES "public"."consulates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "bookings" ADD CONSTRAINT "bookings_applicant_id_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_hours" ADD CONSTRAINT "opening_hours_consulate_id_consulates_id_fk" FOREIGN KEY ("consulate_id") REFERENCES "public"."consulates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_queue" ADD CONSTRAINT "opening_queue_consulate_id_consulates_id_fk" FOREIGN KEY ("consulate_id") REFERENCES "public"."consulates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "opening_queue" ADD CONSTRAINT "opening_queue_applicant_id_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "slots" ADD CONSTRAINT "slots_consulate_id_consulates_id_fk" FOREIGN KEY ("consulate_id") REFERENCES "public"."consulates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist" ADD CONSTRAINT "waitlist_consulate_id_consulates_id_fk" FOREIGN KEY ("consulate_id") REFERENCES "public"."consulates"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "waitlist" ADD CONSTRAINT "waitlist_applicant_id_applicants_id_fk" FOREIGN KEY ("applicant_id") REFERENCES "public"."applicants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "booking_requests_live_key" ON "booking_requests" USING btree ("request_id") WHERE "booking_requests"."active";--> statement-breakpoint
CREATE INDEX "booking_seats_booking_idx" ON "booking_seats" USING btree ("booking_id");--> statement-breakpoint
CREATE INDEX "bookings_day_idx" ON "bookings" USING btree ("consulate_id","starts_at");--> statement-breakpoint
CREATE INDEX "bookings_applicant_idx" ON "bookings" USING btree ("applicant_id","state");--> statement-breakpoint
CREATE INDEX "bookings_held_idx" ON "bookings" USING btree ("held_until") WHERE "bookings"."state" = 'held';--> statement-breakpoint
CREATE INDEX "bookings_reminder_idx" ON "bookings" USING btree ("starts_at") WHERE "bookings"."state" = 'active' and "bookings"."reminded_at" is null;--> statement-breakpoint
CREATE INDEX "opening_hours_consulate_idx" ON "opening_hours" USING btree ("consulate_id","service_group","weekday");--> statement-breakpoint
CREATE INDEX "opening_queue_order_idx" ON "opening_queue" USING btree ("consulate_id","opens_at","early","draw");--> statement-breakpoint
CREATE UNIQUE INDEX "slots_start_key" ON "slots" USING btree ("consulate_id","service_group","starts_at");--> statement-breakpoint
CREATE INDEX "waitlist_queue_idx" ON "waitlist" USING btree ("consulate_id","service_group","joined_at") WHERE "waitlist"."state" = 'waiting';--> statement-breakpoint
CREATE INDEX "waitlist_applicant_idx" ON "waitlist" USING btree ("applicant_id","state");