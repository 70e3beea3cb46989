ALTER TABLE "sign_in_throttle" ADD COLUMN "username" text;--> statement-breakpoint
ALTER TABLE "submissions" ADD COLUMN "idempotency_hash" text;--> statement-breakpoint
CREATE INDEX "sign_in_throttle_username_idx" ON "sign_in_throttle" USING btree ("username");