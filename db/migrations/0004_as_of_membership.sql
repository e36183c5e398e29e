CREATE TABLE `household_memberships` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`person_id` integer NOT NULL,
	`household_id` integer NOT NULL,
	`relation` text NOT NULL,
	`from_date` text,
	`to_date` text,
	FOREIGN KEY (`person_id`) REFERENCES `persons`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`household_id`) REFERENCES `households`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "memberships_dates" CHECK("household_memberships"."to_date" IS NULL OR "household_memberships"."from_date" IS NULL OR "household_memberships"."to_date" >= "household_memberships"."from_date")
);
--> statement-breakpoint
CREATE INDEX `memberships_person_idx` ON `household_memberships` (`person_id`,`from_date`,`to_date`,`household_id`);--> statement-breakpoint
CREATE INDEX `memberships_household_idx` ON `household_memberships` (`household_id`);--> statement-breakpoint
CREATE INDEX `memberships_dated_idx` ON `household_memberships` (`person_id`) WHERE "household_memberships"."from_date" IS NOT NULL OR "household_memberships"."to_date" IS NOT NULL;--> statement-breakpoint
ALTER TABLE `complaints` ADD `judged_on` text;--> statement-breakpoint
UPDATE `complaints` SET `judged_on` = `date` WHERE `valid` IS NOT NULL;--> statement-breakpoint
WITH moves AS (
  SELECT CAST(a.entity_key AS INTEGER) AS pid, a.id AS aid,
         json_extract(a.after, '$.movedOn') AS moved_on,
         json_extract(a.before, '$.householdId') AS from_hh, json_extract(a.before, '$.relation') AS from_rel,
         json_extract(a.after, '$.householdId') AS to_hh, json_extract(a.after, '$.relation') AS to_rel
    FROM audit_events a
   WHERE a.entity = 'person' AND a.action = 'update' AND json_valid(a.after) AND json_valid(a.before)
     AND json_extract(a.after, '$.movedOn') IS NOT NULL
), ordered AS (
  SELECT m.*, ROW_NUMBER() OVER w AS k, COUNT(*) OVER (PARTITION BY m.pid) AS n,
         LAG(m.to_hh) OVER w AS prev_to, LAG(m.moved_on) OVER w AS prev_on, LEAD(m.moved_on) OVER w AS next_on
    FROM moves m WINDOW w AS (PARTITION BY m.pid ORDER BY m.moved_on, m.aid)
), replayable AS (
  SELECT o.pid FROM ordered o JOIN persons p ON p.id = o.pid
   GROUP BY o.pid
  HAVING SUM(o.k > 1 AND (o.prev_to IS NOT o.from_hh OR o.prev_on >= o.moved_on)) = 0
     AND SUM(o.k = o.n AND o.to_hh = p.household_id) = 1
     AND SUM(o.moved_on <= p.birth_date OR (p.archived_on IS NOT NULL AND o.moved_on >= p.archived_on)) = 0
     AND SUM(o.from_hh IS o.to_hh) = 0
     AND SUM(o.from_hh NOT IN (SELECT id FROM households) OR o.to_hh NOT IN (SELECT id FROM households)) = 0
     AND SUM(COALESCE(o.from_rel, '') NOT IN ('head', 'spouse', 'child', 'parent', 'other')
             OR COALESCE(o.to_rel, '') NOT IN ('head', 'spouse', 'child', 'parent', 'other')) = 0
)
INSERT INTO `household_memberships` (`person_id`, `household_id`, `relation`, `from_date`, `to_date`)
SELECT pid, household_id, relation, from_date, to_date
  FROM (
    -- replayed from the audit: the household before the first move …
    SELECT o.pid, o.from_hh AS household_id, o.from_rel AS relation, NULL AS from_date, date(o.moved_on, '-1 day') AS to_date
      FROM ordered o WHERE o.k = 1 AND o.pid IN (SELECT pid FROM replayable)
    UNION ALL
    -- … then one period per move (the last one with the relation as it stands now)
    SELECT o.pid, o.to_hh, CASE WHEN o.k = o.n THEN p.relation ELSE o.to_rel END, o.moved_on,
           CASE WHEN o.next_on IS NOT NULL THEN date(o.next_on, '-1 day')
                WHEN p.archived_on IS NOT NULL THEN date(p.archived_on, '-1 day') END
      FROM ordered o JOIN persons p ON p.id = o.pid WHERE o.pid IN (SELECT pid FROM replayable)
    UNION ALL
    -- everyone else: one period in the current household, closed by 迁出
    SELECT p.id, p.household_id, p.relation, NULL,
           CASE WHEN p.archived_on IS NOT NULL THEN date(p.archived_on, '-1 day') END
      FROM persons p WHERE p.id NOT IN (SELECT pid FROM replayable)
  )
 ORDER BY pid, from_date IS NOT NULL, from_date;
