CREATE TABLE `voided_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`entity` text NOT NULL,
	`record_id` integer NOT NULL,
	`person_id` integer,
	`community_id` integer,
	`record_date` text,
	`title` text NOT NULL,
	`detail` text,
	`row` text NOT NULL,
	`reason` text NOT NULL,
	`voided_by` text NOT NULL,
	`voided_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `voided_entity_record_uq` ON `voided_records` (`entity`,`record_id`);--> statement-breakpoint
CREATE INDEX `voided_person_idx` ON `voided_records` (`person_id`);--> statement-breakpoint
CREATE INDEX `voided_community_idx` ON `voided_records` (`community_id`);
