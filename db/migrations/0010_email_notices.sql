CREATE TYPE "public"."email_notices" AS ENUM('off', 'each', 'daily');--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "email" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "email_notices" "email_notices" DEFAULT 'each' NOT NULL;--> statement-breakpoint
ALTER TABLE "accounts" ADD COLUMN "email_notices_since" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_attempts" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "notifications" ADD COLUMN "email_retry_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_email_lower" CHECK ("accounts"."email" = lower("accounts"."email"));