/**
 * What the service records say about a list of persons (or households) on D, in one pass over their records
 * (the (person, date) index, each record read once) aggregated in SQL: the latest policy benefit, the clerk who
 * last served, refused referrals, guidance and commitment dates, the latest follow-up visit. Used by the worklist
 * and the completeness rules.
 */
import type { DeskDatabase } from '../../desk-database';
import { END_OF_TIME, keyedRead, keyedReadAcrossDates, memoisedMap } from '../../read-memo';

export interface ServiceDigest {
  /** The latest policy-benefit record: its date and type (or content when the type is not recorded). */
  latestBenefit: { date: string; what: string | null } | null;
  /** The latest record naming a clerk (the last recorded of its day): its date and clerk. */
  lastClerk: { date: string; clerk: string } | null;
  refusalDates: string[];
  guidanceDates: string[];
  commitmentDates: string[];
  lastFollowUpOn: string | null;
}

const SEP = '\u001f';

/** Dated text aggregated as `date SEP text` (the maximum is the latest date). */
function datedText(value: string | null): { date: string; text: string } | null {
  if (value === null) return null;
  const at = value.indexOf(SEP);
  return at < 0 ? { date: value, text: '' } : { date: value.slice(0, at), text: value.slice(at + 1) };
}

function dates(value: string | null): string[] {
  return value === null ? [] : value.split(',').sort();
}

type DigestTuple = [number, string | null, string | null, string | null, string | null, string | null, string | null];

function toDigest(t: DigestTuple): [number, ServiceDigest] {
  const benefit = datedText(t[1]);
  // `date SEP clerk` of the latest record naming a clerk (of two on the same day, the later recorded: as lastClerksOf).
  const clerk = datedText(t[2]);
  return [
    t[0],
    {
      latestBenefit: benefit ? { date: benefit.date, what: benefit.text === '' ? null : benefit.text } : null,
      lastClerk: clerk ? { date: clerk.date, clerk: clerk.text } : null,
      refusalDates: dates(t[3]),
      guidanceDates: dates(t[4]),
      commitmentDates: dates(t[5]),
      lastFollowUpOn: t[6],
    },
  ];
}

/**
 * The aggregates over one owner's records (`s`, grouped by `owner`). The clerk is looked up once per owner (its
 * latest records first, on the (owner, date) index) rather than aggregated from a text built for every record.
 */
const aggregates = (owner: 'person_id' | 'household_id') => `
  MAX(CASE WHEN s.kind = 'policy_benefit' THEN s.date || char(31) || COALESCE(s.benefit_type, s.content, '') END),
  (SELECT c.date || char(31) || c.clerk FROM service_records c
    WHERE c.${owner} = s.${owner} AND c.date <= $asOf AND c.clerk IS NOT NULL AND trim(c.clerk) <> ''
    ORDER BY c.date DESC, c.id DESC LIMIT 1),
  GROUP_CONCAT(CASE WHEN s.kind = 'referral' AND s.referral_result = 'refused' THEN s.date END),
  GROUP_CONCAT(CASE WHEN s.kind = 'guidance' THEN s.date END),
  GROUP_CONCAT(CASE WHEN s.kind = 'commitment' THEN s.date END),
  MAX(CASE WHEN s.kind = 'follow_up' THEN s.date END)`;

/**
 * Per owner (`person_id` or `household_id`; only those with records on or before D), the digest of its records and
 * the date of the latest of them. The owners are an IN list: SQLite walks the (owner, date) index owner by owner in
 * order, so the grouping needs no sort.
 */
function readDigestsWithLastBy(db: DeskDatabase, owner: 'person_id' | 'household_id', ids: readonly number[], asOf: string): Map<number, { digest: ServiceDigest; lastOn: string }> {
  if (ids.length === 0) return new Map();
  const rows = db.sqlite
    .prepare(
      `SELECT s.${owner}, ${aggregates(owner)}, MAX(s.date)
         FROM service_records s
        WHERE s.${owner} IN (SELECT value FROM json_each($ids)) AND s.date <= $asOf GROUP BY s.${owner}`,
    )
    .raw()
    .all({ ids: JSON.stringify(ids), asOf }) as [...DigestTuple, string][];
  return new Map(
    rows.map((row) => {
      const [id, digest] = toDigest(row.slice(0, 7) as DigestTuple);
      return [id, { digest, lastOn: row[7] }];
    }),
  );
}

function readDigestsBy(db: DeskDatabase, owner: 'person_id' | 'household_id', ids: readonly number[], asOf: string): Map<number, ServiceDigest> {
  return new Map([...readDigestsWithLastBy(db, owner, ids, asOf)].map(([id, { digest }]) => [id, digest]));
}

/** The digests on D of the persons given, read now in one query (nothing kept): what serviceDigests answers. */
export function readServiceDigestsOn(db: DeskDatabase, personIds: readonly number[], asOf: string): Map<number, ServiceDigest> {
  return readDigestsBy(db, 'person_id', personIds, asOf);
}

/**
 * The persons' digests on D, kept per person (db/read-memo.ts keyedReadAcrossDates): after a service is recorded
 * only that person's are read again. What is kept first is each person's digest of all their records, with the date
 * of the latest: a digest only gathers records dated up to D, so for a person whose records are all dated D or
 * earlier it is the digest on D, whatever D. Only the persons with a record after D are read for D itself (kept per
 * D): for another date of the last weeks they are few, and the street's digests are not read again.
 */
export function serviceDigests(db: DeskDatabase, personIds: readonly number[], asOf: string): ReadonlyMap<number, ServiceDigest> {
  return keyedReadAcrossDates(db.sqlite, { name: 'serviceDigests', keyed: [['service_records', 'person_id']] }, personIds, asOf, {
    all: (ids) => readDigestsWithLastBy(db, 'person_id', ids, END_OF_TIME),
    holdsOn: (kept, d) => kept.lastOn <= d,
    valueOf: (kept) => kept.digest,
    onD: (ids) => readDigestsBy(db, 'person_id', ids, asOf),
  });
}

/** Per household, the digest of the records addressed to the household itself (not to its members). */
function readHouseholdServiceDigests(db: DeskDatabase, householdIds: readonly number[], asOf: string): Map<number, ServiceDigest> {
  return readDigestsBy(db, 'household_id', householdIds, asOf);
}

export const householdServiceDigests = memoisedMap('householdServiceDigests', ['service_records'], readHouseholdServiceDigests);

/** Per person, the clerk of the latest record (on or before D) that names one (persons with none are left out). */
function readLastClerksOf(db: DeskDatabase, personIds: readonly number[], asOf: string): Map<number, string> {
  if (personIds.length === 0) return new Map();
  const rows = db.sqlite
    .prepare(
      `SELECT id, clerk FROM (
         SELECT j.value AS id,
                (SELECT s.clerk FROM service_records s
                  WHERE s.person_id = j.value AND s.date <= $asOf AND s.clerk IS NOT NULL AND trim(s.clerk) <> ''
                  ORDER BY s.date DESC, s.id DESC LIMIT 1) AS clerk
           FROM (SELECT DISTINCT value FROM json_each($ids)) j)
        WHERE clerk IS NOT NULL`,
    )
    .raw()
    .all({ ids: JSON.stringify(personIds), asOf }) as [number, string][];
  return new Map(rows);
}

/** lastClerksOf kept per person, like serviceDigests. */
export function lastClerksOf(db: DeskDatabase, personIds: readonly number[], asOf: string): ReadonlyMap<number, string> {
  return keyedRead(db.sqlite, { name: 'lastClerksOf', keyed: [['service_records', 'person_id']], params: asOf }, personIds, (ids) => readLastClerksOf(db, ids, asOf));
}
