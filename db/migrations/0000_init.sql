CREATE TABLE `assessments` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`standard_row_id` integer NOT NULL,
	`community_id` integer,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`as_of` text NOT NULL,
	`verdict` text NOT NULL,
	`score` real,
	`stars` integer,
	`result` text NOT NULL,
	`frozen` integer DEFAULT false NOT NULL,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`standard_row_id`) REFERENCES `standards`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `assessments_community_idx` ON `assessments` (`community_id`,`as_of`);--> statement-breakpoint
CREATE TABLE `audit_events` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` text NOT NULL,
	`username` text NOT NULL,
	`action` text NOT NULL,
	`entity` text NOT NULL,
	`entity_key` text,
	`before` text,
	`after` text
);
--> statement-breakpoint
CREATE INDEX `audit_entity_idx` ON `audit_events` (`entity`,`entity_key`);--> statement-breakpoint
CREATE INDEX `audit_at_idx` ON `audit_events` (`at`);--> statement-breakpoint
CREATE TABLE `calendar_days` (
	`date` text PRIMARY KEY NOT NULL,
	`kind` text NOT NULL,
	`name` text,
	`source` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `communities` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`contact` text,
	`platform_checklist` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "communities_code_len" CHECK(length("communities"."code") = 12)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `communities_code_uq` ON `communities` (`code`);--> statement-breakpoint
CREATE TABLE `complaints` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`community_id` integer NOT NULL,
	`date` text NOT NULL,
	`content` text NOT NULL,
	`valid` integer,
	`validity_reason` text,
	`resolution` text,
	`resolved_on` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `complaints_community_date_idx` ON `complaints` (`community_id`,`date`);--> statement-breakpoint
CREATE TABLE `difficulty_recognitions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`category` text NOT NULL,
	`status` text NOT NULL,
	`applied_on` text NOT NULL,
	`reviewed_on` text,
	`reviewer` text,
	`recognised_on` text,
	`exited_on` text,
	`exit_reason` text,
	`especially_difficult` integer DEFAULT false NOT NULL,
	`five_clear` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `recognitions_person_idx` ON `difficulty_recognitions` (`person_id`);--> statement-breakpoint
CREATE TABLE `employers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`contact` text,
	`paired_community_id` integer,
	`paired_on` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`paired_community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `employers_name_uq` ON `employers` (`name`);--> statement-breakpoint
CREATE TABLE `employment_spells` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`start_date` text NOT NULL,
	`end_date` text,
	`kind` text NOT NULL,
	`employer_name` text,
	`employer_id` integer,
	`post` text,
	`contract_signed` integer,
	`social_insurance_paid` integer,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "spells_dates" CHECK("employment_spells"."end_date" IS NULL OR "employment_spells"."end_date" >= "employment_spells"."start_date")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `spells_person_start_uq` ON `employment_spells` (`person_id`,`start_date`);--> statement-breakpoint
CREATE TABLE `employment_wishes` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`recorded_on` text,
	`has_wish` integer NOT NULL,
	`wished_job` text,
	`wished_wage` real,
	`training_wanted` text,
	`no_wish_reason` text,
	`deemed_by_refusals` integer DEFAULT false NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `wishes_person_date_uq` ON `employment_wishes` (`person_id`,`recorded_on`);--> statement-breakpoint
CREATE TABLE `household_flags` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`household_id` integer NOT NULL,
	`flag` text NOT NULL,
	`value` integer NOT NULL,
	`effective_from` text,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `household_flags_uq` ON `household_flags` (`household_id`,`flag`,`effective_from`);--> statement-breakpoint
CREATE INDEX `household_flags_household_idx` ON `household_flags` (`household_id`);--> statement-breakpoint
CREATE TABLE `households` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`number` text NOT NULL,
	`community_id` integer NOT NULL,
	`address` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `households_number_uq` ON `households` (`number`);--> statement-breakpoint
CREATE INDEX `households_community_idx` ON `households` (`community_id`);--> statement-breakpoint
CREATE TABLE `manual_verdicts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`standard_id` text NOT NULL,
	`item_id` text NOT NULL,
	`community_id` integer,
	`period_from` text NOT NULL,
	`period_to` text NOT NULL,
	`verdict` text NOT NULL,
	`score` real,
	`evidence` text,
	`recorded_by` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `manual_verdicts_lookup_idx` ON `manual_verdicts` (`standard_id`,`community_id`,`period_from`);--> statement-breakpoint
CREATE TABLE `packages` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`direction` text NOT NULL,
	`kind` text NOT NULL,
	`file_name` text NOT NULL,
	`sha256` text NOT NULL,
	`manifest` text,
	`summary` text,
	`created_by` text NOT NULL,
	`created_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `packages_sha_idx` ON `packages` (`sha256`);--> statement-breakpoint
CREATE TABLE `persons` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`id_number` text NOT NULL,
	`name` text NOT NULL,
	`name_initials` text DEFAULT '' NOT NULL,
	`gender` text NOT NULL,
	`birth_date` text NOT NULL,
	`household_id` integer NOT NULL,
	`relation` text NOT NULL,
	`phone` text,
	`education` text,
	`work_ability` text NOT NULL,
	`is_student` integer DEFAULT false NOT NULL,
	`is_retired` integer DEFAULT false NOT NULL,
	`retirement_base` integer,
	`migrant_worker` integer DEFAULT false NOT NULL,
	`veteran` integer DEFAULT false NOT NULL,
	`graduation_year` integer,
	`skills` text,
	`skill_level` text,
	`social_insurance` text,
	`policies_enjoyed` text,
	`archived_on` text,
	`archive_reason` text,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "persons_id_number_len" CHECK(length("persons"."id_number") = 18)
);
--> statement-breakpoint
CREATE UNIQUE INDEX `persons_id_number_uq` ON `persons` (`id_number`);--> statement-breakpoint
CREATE INDEX `persons_household_idx` ON `persons` (`household_id`);--> statement-breakpoint
CREATE INDEX `persons_birth_date_idx` ON `persons` (`birth_date`);--> statement-breakpoint
CREATE INDEX `persons_name_idx` ON `persons` (`name`);--> statement-breakpoint
CREATE INDEX `persons_initials_idx` ON `persons` (`name_initials`);--> statement-breakpoint
CREATE TABLE `service_records` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer,
	`household_id` integer,
	`date` text NOT NULL,
	`kind` text NOT NULL,
	`clerk` text,
	`outcome` text,
	`content` text,
	`vacancy_id` integer,
	`referral_result` text,
	`course` text,
	`hours` real,
	`certificate` text,
	`benefit_type` text,
	`amount` real,
	`benefit_period` text,
	`approval_number` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`vacancy_id`) REFERENCES `vacancies`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "services_subject" CHECK("service_records"."person_id" IS NOT NULL OR "service_records"."household_id" IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX `services_person_date_idx` ON `service_records` (`person_id`,`date`);--> statement-breakpoint
CREATE INDEX `services_household_date_idx` ON `service_records` (`household_id`,`date`);--> statement-breakpoint
CREATE INDEX `services_date_kind_idx` ON `service_records` (`date`,`kind`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `standards` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`standard_id` text NOT NULL,
	`version` text NOT NULL,
	`name` text NOT NULL,
	`source` text NOT NULL,
	`builtin` integer DEFAULT false NOT NULL,
	`body` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `standards_id_version_uq` ON `standards` (`standard_id`,`version`);--> statement-breakpoint
CREATE TABLE `street` (
	`id` integer PRIMARY KEY NOT NULL,
	`code` text NOT NULL,
	`name` text NOT NULL,
	`complaint_phone` text,
	`complaint_mailbox` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	CONSTRAINT "street_single_row" CHECK("street"."id" = 1)
);
--> statement-breakpoint
CREATE TABLE `unemployment_registrations` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`registered_on` text NOT NULL,
	`reason` text NOT NULL,
	`cancelled_on` text,
	`cancel_reason` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "registrations_dates" CHECK("unemployment_registrations"."cancelled_on" IS NULL OR "unemployment_registrations"."cancelled_on" >= "unemployment_registrations"."registered_on")
);
--> statement-breakpoint
CREATE UNIQUE INDEX `registrations_person_date_uq` ON `unemployment_registrations` (`person_id`,`registered_on`);--> statement-breakpoint
CREATE INDEX `registrations_date_idx` ON `unemployment_registrations` (`registered_on`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`display_name` text NOT NULL,
	`role` text NOT NULL,
	`community_id` integer,
	`password_hash` text,
	`active` integer DEFAULT true NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_uq` ON `users` (`username`);--> statement-breakpoint
CREATE TABLE `vacancies` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`employer_id` integer NOT NULL,
	`community_id` integer,
	`title` text NOT NULL,
	`posts` integer NOT NULL,
	`skills` text,
	`wage` real,
	`opened_on` text NOT NULL,
	`filled_on` text,
	`public_welfare` integer DEFAULT false NOT NULL,
	`developed_by_community` integer DEFAULT false NOT NULL,
	`version` integer DEFAULT 0 NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`employer_id`) REFERENCES `employers`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`community_id`) REFERENCES `communities`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `vacancies_employer_idx` ON `vacancies` (`employer_id`);--> statement-breakpoint
CREATE INDEX `vacancies_opened_idx` ON `vacancies` (`opened_on`);