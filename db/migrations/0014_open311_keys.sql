-- submission_channel gains partner (handed in by a partner system through Open311 with an API key):
-- the type is recreated, as 0011–0013 did, rather than given an added value (a restore replays the
-- migrations and loads the rows in one transaction, where an added value is refused)
ALTER TYPE "public"."submission_channel" RENAME TO "submission_channel_before_0014";
--> statement-breakpoint
CREATE TYPE "public"."submission_channel" AS ENUM('qr', 'walk_in', 'reception_day', 'grid_patrol', 'phone_call', 'partner');
--> statement-breakpoint
ALTER TABLE "submissions" ALTER COLUMN "channel" SET DATA TYPE "public"."submission_channel" USING "channel"::text::"public"."submission_channel";
--> statement-breakpoint
DROP TYPE "public"."submission_channel_before_0014";
--> statement-breakpoint
CREATE TABLE "api_key_requests" (
	"submission_id" uuid PRIMARY KEY NOT NULL,
	"api_key_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "api_keys" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"place_id" uuid NOT NULL,
	"secret_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_by_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"last_used_at" timestamp with time zone,
	"revoked_at" timestamp with time zone,
	"revoked_by_id" uuid
);
--> statement-breakpoint
ALTER TABLE "api_key_requests" ADD CONSTRAINT "api_key_requests_submission_id_submissions_id_fk" FOREIGN KEY ("submission_id") REFERENCES "public"."submissions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_key_requests" ADD CONSTRAINT "api_key_requests_api_key_id_api_keys_id_fk" FOREIGN KEY ("api_key_id") REFERENCES "public"."api_keys"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_place_id_places_id_fk" FOREIGN KEY ("place_id") REFERENCES "public"."places"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_created_by_id_accounts_id_fk" FOREIGN KEY ("created_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_keys" ADD CONSTRAINT "api_keys_revoked_by_id_accounts_id_fk" FOREIGN KEY ("revoked_by_id") REFERENCES "public"."accounts"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "api_key_requests_key_idx" ON "api_key_requests" USING btree ("api_key_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_secret_hash_idx" ON "api_keys" USING btree ("secret_hash");--> statement-breakpoint
CREATE INDEX "api_keys_place_idx" ON "api_keys" USING btree ("place_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE UNIQUE INDEX "api_keys_live_name_idx" ON "api_keys" USING btree ("place_id","name") WHERE "api_keys"."revoked_at" is null;