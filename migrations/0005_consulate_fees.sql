ALTER TABLE "consulates" ADD COLUMN "eur_rate" numeric(14, 6) DEFAULT '1' NOT NULL;--> statement-breakpoint
ALTER TABLE "consulates" ADD COLUMN "fee_rounding" numeric(12, 2) DEFAULT '1' NOT NULL;--> statement-breakpoint
ALTER TABLE "consulates" ADD COLUMN "payment_methods" text[] DEFAULT '{}'::text[] NOT NULL;