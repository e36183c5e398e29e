CREATE TABLE `worklist_dispositions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`row_id` text NOT NULL,
	`due_on` text NOT NULL,
	`kind` text NOT NULL,
	`subject_kind` text NOT NULL,
	`subject_id` integer NOT NULL,
	`decision` text NOT NULL,
	`decided_on` text NOT NULL,
	`decided_by` text NOT NULL,
	`service_record_id` integer,
	`reason` text,
	`postponed_until` text,
	`withdrawn_on` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`service_record_id`) REFERENCES `service_records`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "worklist_dispositions_decision" CHECK("worklist_dispositions"."decision" IN ('handled', 'postponed')),
	CONSTRAINT "worklist_dispositions_postponed" CHECK("worklist_dispositions"."decision" <> 'postponed' OR ("worklist_dispositions"."reason" IS NOT NULL AND "worklist_dispositions"."postponed_until" > "worklist_dispositions"."decided_on")),
	CONSTRAINT "worklist_dispositions_withdrawn" CHECK("worklist_dispositions"."withdrawn_on" IS NULL OR "worklist_dispositions"."withdrawn_on" >= "worklist_dispositions"."decided_on")
);
--> statement-breakpoint
CREATE INDEX `worklist_dispositions_row_idx` ON `worklist_dispositions` (`row_id`,`due_on`);--> statement-breakpoint
CREATE INDEX `worklist_dispositions_date_idx` ON `worklist_dispositions` (`decided_on`);
