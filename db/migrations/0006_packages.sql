CREATE TABLE `annual_submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`assessment_id` integer NOT NULL,
	`recommended` text NOT NULL,
	`totals` text NOT NULL,
	`note` text,
	`frozen_by` text NOT NULL,
	`frozen_at` text NOT NULL,
	FOREIGN KEY (`assessment_id`) REFERENCES `assessments`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `annual_submissions_year_uq` ON `annual_submissions` (`year`);--> statement-breakpoint
CREATE TABLE `bureau_verdicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`year` integer NOT NULL,
	`community_id` integer NOT NULL,
	`result` text NOT NULL,
	`stars` integer,
	`decided_on` text NOT NULL,
	`decided_by` text NOT NULL,
	`note` text,
	`package_log_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`package_log_id`) REFERENCES `packages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `bureau_verdicts_year_community_uq` ON `bureau_verdicts` (`year`,`community_id`);--> statement-breakpoint
CREATE TABLE `received_submissions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`issuer_code` text NOT NULL,
	`issuer_name` text NOT NULL,
	`year` integer NOT NULL,
	`header` text NOT NULL,
	`communities` text NOT NULL,
	`package_log_id` integer NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`package_log_id`) REFERENCES `packages`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `received_submissions_issuer_year_uq` ON `received_submissions` (`issuer_code`,`year`);--> statement-breakpoint
ALTER TABLE `packages` ADD `issuer` text;--> statement-breakpoint
ALTER TABLE `packages` ADD `recipient` text;--> statement-breakpoint
ALTER TABLE `packages` ADD `period_from` text;--> statement-breakpoint
ALTER TABLE `packages` ADD `period_to` text;--> statement-breakpoint
ALTER TABLE `packages` ADD `content_sha256` text;--> statement-breakpoint
ALTER TABLE `packages` ADD `sealed` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `packages` ADD `file_bytes` integer;--> statement-breakpoint
CREATE INDEX `packages_content_sha_idx` ON `packages` (`content_sha256`);