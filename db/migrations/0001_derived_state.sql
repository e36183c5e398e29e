CREATE TABLE `family_episodes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`kind` text NOT NULL,
	`appeared` text NOT NULL,
	`ended` text,
	`end_reason` text,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `family_episodes_kind_appeared_idx` ON `family_episodes` (`kind`,`appeared`);--> statement-breakpoint
CREATE INDEX `family_episodes_household_idx` ON `family_episodes` (`household_id`);--> statement-breakpoint
ALTER TABLE `persons` ADD `working_age_from` text;--> statement-breakpoint
ALTER TABLE `persons` ADD `retirement_on` text;--> statement-breakpoint
CREATE INDEX `persons_phone_idx` ON `persons` (`phone`);--> statement-breakpoint
CREATE INDEX `persons_working_age_from_idx` ON `persons` (`working_age_from`);--> statement-breakpoint
CREATE INDEX `persons_retirement_on_idx` ON `persons` (`retirement_on`);