-- The service records' household, vacancy and agreement indexes hold only the records that have one (on the large
-- demo street 5,338, 66,577 and 17,721 of 415,154): every query in db/repositories that looks records up by one of
-- these columns compares it with =, IN or a join, which implies it is not NULL, so SQLite still uses them. A bulk
-- import builds them in a fraction of the time.
DROP INDEX `services_household_date_idx`;--> statement-breakpoint
CREATE INDEX `services_household_date_idx` ON `service_records` (`household_id`,`date`) WHERE "service_records"."household_id" IS NOT NULL;--> statement-breakpoint
DROP INDEX `services_agreement_idx`;--> statement-breakpoint
CREATE INDEX `services_agreement_idx` ON `service_records` (`agreement_id`) WHERE "service_records"."agreement_id" IS NOT NULL;--> statement-breakpoint
DROP INDEX `services_vacancy_idx`;--> statement-breakpoint
CREATE INDEX `services_vacancy_idx` ON `service_records` (`vacancy_id`) WHERE "service_records"."vacancy_id" IS NOT NULL;
