ALTER TABLE "accounts" ADD COLUMN "mobile" text;--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_mobile_format" CHECK ("accounts"."mobile" ~ '^1[3-9][0-9]{9}$');