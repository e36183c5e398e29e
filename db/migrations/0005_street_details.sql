ALTER TABLE `street` ADD `preparer` text;--> statement-breakpoint
ALTER TABLE `street` ADD `address` text;--> statement-breakpoint
ALTER TABLE `street` ADD `version` integer DEFAULT 0 NOT NULL;