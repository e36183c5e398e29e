ALTER TABLE `service_records` ADD `referral_result_on` text;--> statement-breakpoint
CREATE INDEX `services_vacancy_idx` ON `service_records` (`vacancy_id`);--> statement-breakpoint
UPDATE `service_records` SET `referral_result_on` = `date` WHERE `kind` = 'referral' AND `referral_result` IN ('hired', 'refused');
