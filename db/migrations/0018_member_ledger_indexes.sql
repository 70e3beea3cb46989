CREATE INDEX "participants_account_idx" ON "participants" USING btree ("account_id");--> statement-breakpoint
CREATE INDEX "topics_proposed_by_idx" ON "topics" USING btree ("proposed_by_id");