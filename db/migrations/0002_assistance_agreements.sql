CREATE TABLE `assistance_agreements` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`recognition_id` integer NOT NULL,
	`signed_on` text NOT NULL,
	`clerk` text NOT NULL,
	`goal` text NOT NULL,
	`notes` text,
	`status` text NOT NULL,
	`closed_on` text,
	`close_reason` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`recognition_id`) REFERENCES `difficulty_recognitions`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "agreements_closed" CHECK(("assistance_agreements"."status" = 'active') = ("assistance_agreements"."closed_on" IS NULL)),
	CONSTRAINT "agreements_dates" CHECK("assistance_agreements"."closed_on" IS NULL OR "assistance_agreements"."closed_on" >= "assistance_agreements"."signed_on")
);
--> statement-breakpoint
CREATE INDEX `agreements_person_idx` ON `assistance_agreements` (`person_id`);--> statement-breakpoint
CREATE INDEX `agreements_recognition_idx` ON `assistance_agreements` (`recognition_id`);--> statement-breakpoint
CREATE UNIQUE INDEX `agreements_one_active_uq` ON `assistance_agreements` (`person_id`) WHERE "assistance_agreements"."status" = 'active';--> statement-breakpoint
CREATE TABLE `assistance_measures` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agreement_id` integer NOT NULL,
	`kind` text NOT NULL,
	`description` text NOT NULL,
	`planned_on` text NOT NULL,
	`done_on` text,
	`service_record_id` integer,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`agreement_id`) REFERENCES `assistance_agreements`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_record_id`) REFERENCES `service_records`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `measures_agreement_idx` ON `assistance_measures` (`agreement_id`);--> statement-breakpoint
ALTER TABLE `difficulty_recognitions` ADD `review_note` text;--> statement-breakpoint
ALTER TABLE `service_records` ADD `agreement_id` integer REFERENCES assistance_agreements(id);--> statement-breakpoint
CREATE INDEX `services_agreement_idx` ON `service_records` (`agreement_id`);