/** employment_spells (employment): a person's jobs; who is employed on a date; spell facts and destinations; the trend's masks. */
import { asc, eq } from 'drizzle-orm';
import { nowIso } from '../../../shared/clock';
import type { SpellKind } from '../../../shared/domain/workbook/records';
import type { DeskDatabase } from '../../desk-database';
import { END_OF_TIME, keyedReadAcrossDates, memoised, patchedRows } from '../../read-memo';
import { employmentSpells } from '../../schema';
import { personInCommunitySql } from '../registry/memberships-repo';
import { joinPersonSql } from '../registry/registry-sql';
import type { TrendScope } from '../trend-mask-sql';
import { bind, intervalMask, MASK_SPAN } from '../trend-mask-sql';
import { findRecordById } from '../record-by-id';
import { recordsOfPerson } from '../person-records';
import { recordColumns } from '../record-columns';
import type { RecordOf } from '../record-columns';
import { insertStamped } from '../insert-stamped';

/** A row as read (the table's columns but its timestamps). */
export type SpellRow = RecordOf<typeof employmentSpells>;

export type SpellValues = Omit<SpellRow, 'id'>;

const columns = recordColumns(employmentSpells);

export function listSpellsOfPerson(db: DeskDatabase, personId: number): SpellRow[] {
  return recordsOfPerson(db, employmentSpells, personId, [asc(employmentSpells.startDate)]);
}

export function findSpell(db: DeskDatabase, id: number): SpellRow | null {
  return findRecordById(db, employmentSpells, id);
}

export function insertSpell(db: DeskDatabase, values: SpellValues): SpellRow {
  return insertStamped(db, employmentSpells, values).returning(columns).get();
}

export function setSpellEnd(db: DeskDatabase, id: number, endDate: string): SpellRow {
  return db.orm
    .update(employmentSpells)
    .set({ endDate, updatedAt: nowIso() })
    .where(eq(employmentSpells.id, id))
    .returning(columns)
    .get();
}

/** Persons with an open employment spell on D (start ≤ D, no end or end ≥ D); a person may appear twice. */
function readEmployedPersonIdsOn(db: DeskDatabase, asOf: string, personIds: readonly number[] | null): number[] {
  return db.sqlite
    .prepare(
      personIds === null
        ? 'SELECT person_id FROM employment_spells WHERE start_date <= $asOf AND (end_date IS NULL OR end_date >= $asOf)'
        : `SELECT s.person_id FROM (SELECT DISTINCT value FROM json_each($ids)) j CROSS JOIN employment_spells s ON s.person_id = j.value
            WHERE s.start_date <= $asOf AND (s.end_date IS NULL OR s.end_date >= $asOf)`,
    )
    .pluck()
    .all(personIds === null ? { asOf } : { asOf, ids: JSON.stringify(personIds) }) as number[];
}

/** employedPersonIdsOn of some persons only (read now, nothing kept; a person may appear twice). */
export function employedPersonIdsOnOf(db: DeskDatabase, asOf: string, personIds: readonly number[]): number[] {
  return readEmployedPersonIdsOn(db, asOf, personIds);
}

/** readEmployedPersonIdsOn kept across writes (db/read-memo.ts patchedRows): after a job is recorded only that person's spells are read again. */
export function employedPersonIdsOn(db: DeskDatabase, asOf: string): readonly number[] {
  return patchedRows(
    db.sqlite,
    { name: 'employedPersonIdsOn', keyed: [['employment_spells', 'person_id']], params: asOf },
    { all: () => readEmployedPersonIdsOn(db, asOf, null), ofKeys: (ids) => readEmployedPersonIdsOn(db, asOf, ids), keyOf: (id) => id },
  );
}

export interface DestinationRow {
  personId: number;
  idNumber: string;
  name: string;
  kind: SpellKind;
  startDate: string;
  employerName: string | null;
  post: string | null;
}

/**
 * The employment destination on D of each person given (the re-employed of the period, electron/services/population/
 * reemployed.ts): the spell open on D that began last. Persons with no spell open on D are left out.
 */
function readDestinationsOn(db: DeskDatabase, personIds: readonly number[], asOf: string): DestinationRow[] {
  if (personIds.length === 0) return [];
  return db.sqlite
    .prepare(
      `SELECT p.id AS personId, p.id_number AS idNumber, p.name, s.kind, s.start_date AS startDate, s.employer_name AS employerName, s.post
         FROM (SELECT DISTINCT value AS pid FROM json_each($ids)) j
         ${joinPersonSql('p', 'j.pid', 'CROSS JOIN')}
         CROSS JOIN employment_spells s ON s.id = (SELECT s2.id FROM employment_spells s2 WHERE s2.person_id = j.pid AND s2.start_date <= $asOf
                                                     AND (s2.end_date IS NULL OR s2.end_date >= $asOf) ORDER BY s2.start_date DESC, s2.id DESC LIMIT 1)`,
    )
    .all({ ids: JSON.stringify(personIds), asOf }) as DestinationRow[];
}

export const destinationsOn = memoised('destinationsOn', ['persons', 'employment_spells'], readDestinationsOn);

export interface SpellFactRow {
  personId: number;
  /** The last day of the latest spell that ended before D. */
  lastSpellEnd: string | null;
  /** 1 when a spell is open on D. */
  employed: number;
}

/** Per person (those with spells that began on or before D): the last end before D, and employment on D. */
function readSpellFactsOf(db: DeskDatabase, personIds: readonly number[], asOf: string): SpellFactRow[] {
  return readSpellFactsWithSpanOf(db, personIds, asOf).map(({ personId, lastSpellEnd, employed }) => ({ personId, lastSpellEnd, employed }));
}

/** readSpellFactsOf's rows with the latest start and the latest end (null: none ended) of the spells read. */
function readSpellFactsWithSpanOf(db: DeskDatabase, personIds: readonly number[], asOf: string): (SpellFactRow & { latestStart: string; latestEnd: string | null })[] {
  if (personIds.length === 0) return [];
  return db.sqlite
    .prepare(
      `SELECT s.person_id AS personId, MAX(CASE WHEN s.end_date < $asOf THEN s.end_date END) AS lastSpellEnd,
              MAX(s.end_date IS NULL OR s.end_date >= $asOf) AS employed, MAX(s.start_date) AS latestStart, MAX(s.end_date) AS latestEnd
         FROM json_each($ids) j CROSS JOIN employment_spells s ON s.person_id = j.value
        WHERE s.start_date <= $asOf GROUP BY s.person_id`,
    )
    .all({ ids: JSON.stringify(personIds), asOf }) as (SpellFactRow & { latestStart: string; latestEnd: string | null })[];
}

/** The spell facts on D of the persons given, read now in one query (nothing kept): what spellFactsOf answers. */
export function readSpellFactsOfOn(db: DeskDatabase, personIds: readonly number[], asOf: string): SpellFactRow[] {
  return readSpellFactsOf(db, personIds, asOf);
}

/**
 * The persons' spell facts on D, kept per person (db/read-memo.ts keyedReadAcrossDates; after a write only the
 * changed ones are read again). What is kept first is each person's facts over all their spells, with the latest
 * start and end: when every spell began on or before D and every ended one ended before D, the facts on D are those
 * same facts, whatever D (the same spells count; the last end before D is the last end; employed on D only by an
 * open spell). Only the other persons are read for D itself (kept per D).
 */
export function spellFactsOf(db: DeskDatabase, personIds: readonly number[], asOf: string): readonly SpellFactRow[] {
  const facts = keyedReadAcrossDates(db.sqlite, { name: 'spellFactsOf', keyed: [['employment_spells', 'person_id']] }, personIds, asOf, {
    all: (ids) => new Map(readSpellFactsWithSpanOf(db, ids, END_OF_TIME).map(({ latestStart, latestEnd, ...row }) => [row.personId, { row, latestStart, latestEnd }])),
    holdsOn: (kept, d) => kept.latestStart <= d && (kept.latestEnd === null || kept.latestEnd < d),
    valueOf: (kept) => kept.row,
    onD: (ids) => new Map(readSpellFactsOf(db, ids, asOf).map((r) => [r.personId, r])),
  });
  return [...facts.values()];
}

/** Employment spells open on at least one date (start ≤ d, no end or end ≥ d): personId × MASK_SPAN + those dates; a person may appear more than once. */
export function employedMasks(db: DeskDatabase, scope: TrendScope): number[] {
  return db.sqlite
    .prepare(
      `SELECT s.person_id * ${MASK_SPAN} + ${intervalMask(scope, 's.start_date', 's.end_date', true)} FROM employment_spells s
        WHERE s.start_date <= $last AND (s.end_date IS NULL OR s.end_date >= $first) AND ${personInCommunitySql('s.person_id')}`,
    )
    .pluck()
    .all(bind(scope)) as number[];
}

/** Spells [personId, start, end] of the persons given (null = everyone), by person and start. */
export function spellIntervals(db: DeskDatabase, personIds: readonly number[] | null): IterableIterator<[number, string, string | null]> {
  const where = personIds === null ? '' : 'WHERE person_id IN (SELECT value FROM json_each(?))';
  const args = personIds === null ? [] : [JSON.stringify(personIds)];
  return db.sqlite
    .prepare(`SELECT person_id, start_date, end_date FROM employment_spells ${where} ORDER BY person_id, start_date`)
    .raw()
    .iterate(...args) as IterableIterator<[number, string, string | null]>;
}
