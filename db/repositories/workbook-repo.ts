/**
 * The standard workbook's view of the database: a snapshot of what exists (keyed as the workbook keys rows),
 * bulk writes of imported records with prepared statements, and ordered reads for the export.
 */
import type { DeskDatabase } from '../desk-database';
import type { MembershipPeriod } from '../../shared/domain/population/membership';
import type {
  CommunityRecord,
  ComplaintRecord,
  HouseholdRecord,
  MoveRecord,
  PersonRecord,
  RegistrationRecord,
  ServiceRecord,
  SpellRecord,
  StreetRecord,
} from '../../shared/domain/workbook/records';
import { getStreet, saveStreet } from './street-repo';
import { nowIso } from '../../shared/clock';

/** When a person has no wish recorded, the workbook still needs 有/无. */
export const UNRECORDED_WISH_REASON = '未记录';

type Bool = 0 | 1;
const b = (v: boolean): Bool => (v ? 1 : 0);

// ---------------------------------------------------------------- reads, in key order

export function* readCommunities(db: DeskDatabase): Generator<CommunityRecord> {
  yield* db.sqlite.prepare('SELECT code, name, kind FROM communities ORDER BY code').iterate() as IterableIterator<CommunityRecord>;
}

/** Household flag values on `date` (undated rows hold for every date; later dated rows override). */
function flagsOn(db: DeskDatabase, date: string): Map<number, { dibao: boolean; urban: boolean; businessIncome: boolean }> {
  const out = new Map<number, { dibao: boolean; urban: boolean; businessIncome: boolean }>();
  const rows = db.sqlite
    .prepare(
      `SELECT household_id AS id, flag, value FROM household_flags
        WHERE effective_from IS NULL OR effective_from <= ?
        ORDER BY household_id, flag, effective_from IS NOT NULL, effective_from`,
    )
    .iterate(date) as IterableIterator<{ id: number; flag: 'dibao' | 'urban' | 'business_income'; value: Bool }>;
  for (const row of rows) {
    let f = out.get(row.id);
    if (!f) {
      f = { dibao: false, urban: true, businessIncome: false };
      out.set(row.id, f);
    }
    if (row.flag === 'dibao') f.dibao = row.value === 1;
    else if (row.flag === 'urban') f.urban = row.value === 1;
    else f.businessIncome = row.value === 1;
  }
  return out;
}

export function* readHouseholds(db: DeskDatabase, date: string): Generator<HouseholdRecord> {
  const flags = flagsOn(db, date);
  const rows = db.sqlite
    .prepare('SELECT h.id, h.number, c.code AS communityCode, h.address FROM households h JOIN communities c ON c.id = h.community_id ORDER BY h.number')
    .iterate() as IterableIterator<{ id: number; number: string; communityCode: string; address: string | null }>;
  for (const row of rows) {
    const f = flags.get(row.id) ?? { dibao: false, urban: true, businessIncome: false };
    yield { number: row.number, communityCode: row.communityCode, address: row.address, urban: f.urban, dibao: f.dibao, businessIncome: f.businessIncome };
  }
}

interface WishRow {
  personId: number;
  hasWish: Bool;
  noWishReason: string | null;
  trainingWanted: string | null;
}

function wishesOn(db: DeskDatabase, date: string): Map<number, WishRow> {
  const out = new Map<number, WishRow>();
  const rows = db.sqlite
    .prepare(
      `SELECT person_id AS personId, has_wish AS hasWish, no_wish_reason AS noWishReason, training_wanted AS trainingWanted
         FROM employment_wishes WHERE recorded_on IS NULL OR recorded_on <= ?
        ORDER BY person_id, recorded_on IS NOT NULL, recorded_on`,
    )
    .iterate(date) as IterableIterator<WishRow>;
  for (const row of rows) out.set(row.personId, row);
  return out;
}

interface PersonRow {
  id: number;
  idNumber: string;
  name: string;
  gender: 'M' | 'F';
  birthDate: string;
  householdNumber: string;
  relation: PersonRecord['relation'];
  phone: string | null;
  education: PersonRecord['education'];
  workAbility: PersonRecord['workAbility'];
  isStudent: Bool;
  isRetired: Bool;
  retirementBase: 50 | 55 | null;
  migrantWorker: Bool;
  veteran: Bool;
  graduationYear: number | null;
  skills: string | null;
  skillLevel: string | null;
  socialInsurance: string | null;
  policiesEnjoyed: string | null;
  archivedOn: string | null;
}

const PERSON_SELECT = `SELECT p.id, p.id_number AS idNumber, p.name, p.gender, p.birth_date AS birthDate, h.number AS householdNumber,
  p.relation, p.phone, p.education, p.work_ability AS workAbility, p.is_student AS isStudent, p.is_retired AS isRetired,
  p.retirement_base AS retirementBase, p.migrant_worker AS migrantWorker, p.veteran, p.graduation_year AS graduationYear,
  p.skills, p.skill_level AS skillLevel, p.social_insurance AS socialInsurance, p.policies_enjoyed AS policiesEnjoyed,
  p.archived_on AS archivedOn
  FROM persons p JOIN households h ON h.id = p.household_id`;

function personRecord(row: PersonRow, wish: WishRow | undefined): PersonRecord {
  return {
    idNumber: row.idNumber,
    name: row.name,
    gender: row.gender,
    birthDate: row.birthDate,
    householdNumber: row.householdNumber,
    relation: row.relation,
    phone: row.phone,
    education: row.education,
    workAbility: row.workAbility,
    isStudent: row.isStudent === 1,
    isRetired: row.isRetired === 1,
    retirementBase: row.retirementBase,
    migrantWorker: row.migrantWorker === 1,
    veteran: row.veteran === 1,
    graduationYear: row.graduationYear,
    hasWish: wish ? wish.hasWish === 1 : false,
    noWishReason: wish ? wish.noWishReason : UNRECORDED_WISH_REASON,
    skills: row.skills,
    skillLevel: row.skillLevel,
    trainingWanted: wish ? wish.trainingWanted : null,
    socialInsurance: row.socialInsurance,
    policiesEnjoyed: row.policiesEnjoyed,
    archivedOn: row.archivedOn,
  };
}

export function* readPersons(db: DeskDatabase, date: string): Generator<PersonRecord> {
  const wishes = wishesOn(db, date);
  for (const row of db.sqlite.prepare(`${PERSON_SELECT} ORDER BY p.id_number`).iterate() as IterableIterator<PersonRow>) {
    yield personRecord(row, wishes.get(row.id));
  }
}

export function* readSpells(db: DeskDatabase): Generator<SpellRecord> {
  yield* db.sqlite
    .prepare(
      `SELECT p.id_number AS idNumber, s.start_date AS startDate, s.end_date AS endDate, s.kind, s.employer_name AS employerName
         FROM employment_spells s JOIN persons p ON p.id = s.person_id ORDER BY p.id_number, s.start_date`,
    )
    .iterate() as IterableIterator<SpellRecord>;
}

export function* readRegistrations(db: DeskDatabase): Generator<RegistrationRecord> {
  yield* db.sqlite
    .prepare(
      `SELECT p.id_number AS idNumber, r.registered_on AS registeredOn, r.reason, r.cancelled_on AS cancelledOn, r.cancel_reason AS cancelReason
         FROM unemployment_registrations r JOIN persons p ON p.id = r.person_id ORDER BY p.id_number, r.registered_on`,
    )
    .iterate() as IterableIterator<RegistrationRecord>;
}

/** Person services only: the standard workbook (version 1) has no column for household-level services. */
export function* readServices(db: DeskDatabase): Generator<ServiceRecord> {
  yield* db.sqlite
    .prepare(
      `SELECT p.id_number AS idNumber, s.date, s.kind, s.referral_result AS referralResult, s.content
         FROM service_records s JOIN persons p ON p.id = s.person_id
        ORDER BY p.id_number, s.date, s.kind, s.content`,
    )
    .iterate() as IterableIterator<ServiceRecord>;
}

export function* readComplaints(db: DeskDatabase): Generator<ComplaintRecord> {
  const rows = db.sqlite
    .prepare(
      `SELECT c.code AS communityCode, k.date, k.content, k.valid FROM complaints k JOIN communities c ON c.id = k.community_id
        ORDER BY c.code, k.date, k.content`,
    )
    .iterate() as IterableIterator<{ communityCode: string; date: string; content: string; valid: Bool | null }>;
  for (const row of rows) yield { communityCode: row.communityCode, date: row.date, content: row.content, valid: row.valid === 1 };
}

/**
 * 移户记录: one row per move, i.e. per membership period that follows another one of the same person (the period
 * before it ends the day before). A first period that begins on a date (a later arrival from outside the street)
 * has no 原户编号 and is not a move: version 1.1 cannot say it.
 */
export function* readMoves(db: DeskDatabase): Generator<MoveRecord> {
  yield* db.sqlite
    .prepare(
      `SELECT p.id_number AS idNumber, m.from_date AS movedOn, ph.number AS fromHouseholdNumber, prev.relation AS fromRelation,
              h.number AS toHouseholdNumber, m.relation AS toRelation
         FROM household_memberships m
         JOIN household_memberships prev ON prev.person_id = m.person_id AND prev.to_date = date(m.from_date, '-1 day')
         JOIN persons p ON p.id = m.person_id JOIN households h ON h.id = m.household_id JOIN households ph ON ph.id = prev.household_id
        WHERE m.from_date IS NOT NULL
        ORDER BY p.id_number, m.from_date`,
    )
    .iterate() as IterableIterator<MoveRecord>;
}

export function countMoves(db: DeskDatabase): number {
  return Number(
    db.sqlite
      .prepare(
        `SELECT COUNT(*) FROM household_memberships m
          WHERE m.from_date IS NOT NULL
            AND EXISTS (SELECT 1 FROM household_memberships prev WHERE prev.person_id = m.person_id AND prev.to_date = date(m.from_date, '-1 day'))`,
      )
      .pluck()
      .get(),
  );
}

/** A membership period in the workbook's terms: the household by its 户编号. */
export type PeriodRecord = MembershipPeriod<string>;

export function countPersonServices(db: DeskDatabase): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM service_records WHERE person_id IS NOT NULL').pluck().get());
}

export function countHouseholdServices(db: DeskDatabase): number {
  return Number(db.sqlite.prepare('SELECT COUNT(*) FROM service_records WHERE person_id IS NULL').pluck().get());
}

// ---------------------------------------------------------------- snapshot of what exists

export interface Existing<R> {
  id: number;
  record: R;
}

/** Everything the database holds, keyed the way the workbook keys rows (used for dry-run and references). */
export interface WorkbookSnapshot {
  street: StreetRecord | null;
  communities: Map<string, Existing<CommunityRecord>>;
  households: Map<string, Existing<HouseholdRecord>>;
  persons: Map<string, Existing<PersonRecord>>;
  spells: Map<string, Existing<SpellRecord>>;
  registrations: Map<string, Existing<RegistrationRecord>>;
  services: Map<string, Existing<ServiceRecord>>;
  complaints: Map<string, Existing<ComplaintRecord>>;
  /** Each person's membership periods (by ID number), in date order. */
  memberships: Map<string, PeriodRecord[]>;
}

function isEmpty(db: DeskDatabase): boolean {
  return db.sqlite.prepare('SELECT NOT EXISTS (SELECT 1 FROM communities) AND NOT EXISTS (SELECT 1 FROM persons)').pluck().get() === 1;
}

export function loadSnapshot(db: DeskDatabase, date: string, keys: { [K in 'communities' | 'households' | 'persons' | 'spells' | 'registrations' | 'services' | 'complaints']: (r: never) => string }): WorkbookSnapshot {
  const snapshot: WorkbookSnapshot = {
    street: getStreet(db),
    communities: new Map(),
    households: new Map(),
    persons: new Map(),
    spells: new Map(),
    registrations: new Map(),
    services: new Map(),
    complaints: new Map(),
    memberships: new Map(),
  };
  if (isEmpty(db)) return snapshot;
  const keyOf = <R>(field: keyof typeof keys, record: R) => (keys[field] as (r: R) => string)(record);

  for (const row of db.sqlite.prepare('SELECT id, code, name, kind FROM communities').iterate() as IterableIterator<CommunityRecord & { id: number }>) {
    const record: CommunityRecord = { code: row.code, name: row.name, kind: row.kind };
    snapshot.communities.set(keyOf('communities', record), { id: row.id, record });
  }
  const householdIds = new Map<string, number>(
    (db.sqlite.prepare('SELECT number, id FROM households').raw().all() as [string, number][]).map(([n, id]) => [n, id]),
  );
  for (const record of readHouseholds(db, date)) snapshot.households.set(keyOf('households', record), { id: householdIds.get(record.number) ?? 0, record });
  const wishes = wishesOn(db, date);
  for (const row of db.sqlite.prepare(PERSON_SELECT).iterate() as IterableIterator<PersonRow>) {
    const record = personRecord(row, wishes.get(row.id));
    snapshot.persons.set(keyOf('persons', record), { id: row.id, record });
  }
  const withIds = <R>(sql: string, field: keyof typeof keys, target: Map<string, Existing<R>>) => {
    for (const row of db.sqlite.prepare(sql).iterate() as IterableIterator<R & { rowId: number }>) {
      const { rowId, ...record } = row;
      target.set(keyOf(field, record), { id: rowId, record: record as R });
    }
  };
  withIds<SpellRecord>(
    `SELECT s.id AS rowId, p.id_number AS idNumber, s.start_date AS startDate, s.end_date AS endDate, s.kind, s.employer_name AS employerName
       FROM employment_spells s JOIN persons p ON p.id = s.person_id`,
    'spells',
    snapshot.spells,
  );
  withIds<RegistrationRecord>(
    `SELECT r.id AS rowId, p.id_number AS idNumber, r.registered_on AS registeredOn, r.reason, r.cancelled_on AS cancelledOn, r.cancel_reason AS cancelReason
       FROM unemployment_registrations r JOIN persons p ON p.id = r.person_id`,
    'registrations',
    snapshot.registrations,
  );
  withIds<ServiceRecord>(
    `SELECT s.id AS rowId, p.id_number AS idNumber, s.date, s.kind, s.referral_result AS referralResult, s.content
       FROM service_records s JOIN persons p ON p.id = s.person_id`,
    'services',
    snapshot.services,
  );
  for (const row of db.sqlite
    .prepare('SELECT k.id AS rowId, c.code AS communityCode, k.date, k.content, k.valid FROM complaints k JOIN communities c ON c.id = k.community_id')
    .iterate() as IterableIterator<{ rowId: number; communityCode: string; date: string; content: string; valid: Bool | null }>) {
    const record: ComplaintRecord = { communityCode: row.communityCode, date: row.date, content: row.content, valid: row.valid === 1 };
    snapshot.complaints.set(keyOf('complaints', record), { id: row.rowId, record });
  }
  const periods = db.sqlite
    .prepare(
      `SELECT p.id_number AS idNumber, h.number AS householdId, m.relation, m.from_date AS "from", m.to_date AS "to"
         FROM household_memberships m JOIN persons p ON p.id = m.person_id JOIN households h ON h.id = m.household_id
        ORDER BY m.person_id, m.from_date IS NOT NULL, m.from_date, m.id`,
    )
    .iterate() as IterableIterator<PeriodRecord & { idNumber: string }>;
  for (const { idNumber, ...period } of periods) {
    const list = snapshot.memberships.get(idNumber);
    if (list) list.push(period);
    else snapshot.memberships.set(idNumber, [period]);
  }
  return snapshot;
}

// ---------------------------------------------------------------- writes

const BULK_TABLES = ['households', 'household_flags', 'persons', 'household_memberships', 'employment_wishes', 'employment_spells', 'unemployment_registrations', 'service_records', 'complaints'];

/**
 * For a load into empty tables (the demo, a first import), drops the tables' indexes, runs `fn`, and creates them
 * again from their own stored definitions: building an index once from sorted data is about twice as fast as
 * keeping it up to date row by row. Must run inside the caller's transaction, so a failure (a duplicate key when a
 * unique index is rebuilt) rolls everything back, indexes included.
 */
export function withIndexesDeferred(db: DeskDatabase, fn: () => void): void {
  const empty = db.sqlite.prepare('SELECT NOT EXISTS (SELECT 1 FROM persons) AND NOT EXISTS (SELECT 1 FROM service_records)').pluck().get() === 1;
  if (!empty || !db.sqlite.inTransaction) {
    fn();
    return;
  }
  const indexes = db.sqlite
    .prepare(`SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${BULK_TABLES.map(() => '?').join(', ')})`)
    .all(...BULK_TABLES) as { name: string; sql: string }[];
  for (const index of indexes) db.sqlite.exec(`DROP INDEX "${index.name.replace(/"/g, '""')}"`);
  fn();
  for (const index of indexes) db.sqlite.exec(index.sql);
}

/** One planned write: a new record, or a changed one with the id of the row it replaces. */
export interface Upsert<R> {
  record: R;
  id: number | null;
}

export interface WorkbookWrites {
  street: StreetRecord | null;
  communities: Upsert<CommunityRecord>[];
  households: Upsert<HouseholdRecord>[];
  persons: Upsert<PersonRecord>[];
  spells: Upsert<SpellRecord>[];
  registrations: Upsert<RegistrationRecord>[];
  services: Upsert<ServiceRecord>[];
  complaints: Upsert<ComplaintRecord>[];
  /**
   * Persons whose membership periods are written afresh; `replace`: the person has periods in the database to remove
   * first, in `formerHouseholds` (their derived state changes too).
   */
  memberships: { idNumber: string; periods: PeriodRecord[]; replace: boolean; formerHouseholds: string[] }[];
}

/**
 * Writes the planned records. Must run inside a transaction (the caller's): ids of rows written earlier in the same
 * call (new communities, households, persons) are resolved here.
 */
export function writeWorkbookRecords(db: DeskDatabase, writes: WorkbookWrites, initialsOf: (name: string) => string, onStep: (done: number) => void = () => undefined): void {
  const now = nowIso();
  const s = db.sqlite;
  if (writes.street) saveStreet(db, writes.street);
  let done = 0;
  const tick = () => {
    done += 1;
    if ((done & 16383) === 0) onStep(done);
  };

  const communityIds = new Map<string, number>((s.prepare('SELECT code, id FROM communities').raw().all() as [string, number][]));
  const insCommunity = s.prepare('INSERT INTO communities (code, name, kind, version, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)');
  const updCommunity = s.prepare('UPDATE communities SET name = ?, kind = ?, version = version + 1, updated_at = ? WHERE id = ?');
  for (const { record: c, id } of writes.communities) {
    if (id === null) communityIds.set(c.code, Number(insCommunity.run(c.code, c.name, c.kind, now, now).lastInsertRowid));
    else updCommunity.run(c.name, c.kind, now, id);
    tick();
  }

  const householdIds = new Map<string, number>((s.prepare('SELECT number, id FROM households').raw().all() as [string, number][]));
  const insHousehold = s.prepare('INSERT INTO households (number, community_id, address, version, created_at, updated_at) VALUES (?, ?, ?, 0, ?, ?)');
  const updHousehold = s.prepare('UPDATE households SET community_id = ?, address = ?, version = version + 1, updated_at = ? WHERE id = ?');
  const delFlags = s.prepare('DELETE FROM household_flags WHERE household_id = ? AND effective_from IS NULL');
  const insFlag = s.prepare('INSERT INTO household_flags (household_id, flag, value, effective_from) VALUES (?, ?, ?, NULL)');
  for (const { record: h, id } of writes.households) {
    const communityId = communityIds.get(h.communityCode);
    if (communityId === undefined) throw new Error(`社区 ${h.communityCode} 不存在`);
    let householdId: number;
    if (id === null) {
      householdId = Number(insHousehold.run(h.number, communityId, h.address, now, now).lastInsertRowid);
      householdIds.set(h.number, householdId);
    } else {
      householdId = id;
      updHousehold.run(communityId, h.address, now, id);
      delFlags.run(id);
    }
    insFlag.run(householdId, 'dibao', b(h.dibao));
    insFlag.run(householdId, 'urban', b(h.urban));
    insFlag.run(householdId, 'business_income', b(h.businessIncome));
    tick();
  }

  const personIds = new Map<string, number>((s.prepare('SELECT id_number, id FROM persons').raw().all() as [string, number][]));
  const personCols = `id_number, name, name_initials, gender, birth_date, household_id, relation, phone, education, work_ability,
    is_student, is_retired, retirement_base, migrant_worker, veteran, graduation_year, skills, skill_level, social_insurance,
    policies_enjoyed, archived_on`;
  const insPerson = s.prepare(`INSERT INTO persons (${personCols}, version, created_at, updated_at) VALUES (${'?, '.repeat(21)}0, ?, ?)`);
  const updPerson = s.prepare(
    `UPDATE persons SET name = ?, name_initials = ?, gender = ?, birth_date = ?, household_id = ?, relation = ?, phone = ?, education = ?,
       work_ability = ?, is_student = ?, is_retired = ?, retirement_base = ?, migrant_worker = ?, veteran = ?, graduation_year = ?,
       skills = ?, skill_level = ?, social_insurance = ?, policies_enjoyed = ?, archived_on = ?, version = version + 1, updated_at = ?
     WHERE id = ?`,
  );
  const delWish = s.prepare('DELETE FROM employment_wishes WHERE person_id = ? AND recorded_on IS NULL');
  const insWish = s.prepare(
    'INSERT INTO employment_wishes (person_id, recorded_on, has_wish, training_wanted, no_wish_reason, deemed_by_refusals, created_at, updated_at) VALUES (?, NULL, ?, ?, ?, 0, ?, ?)',
  );
  for (const { record: p, id } of writes.persons) {
    const householdId = householdIds.get(p.householdNumber);
    if (householdId === undefined) throw new Error(`户 ${p.householdNumber} 不存在`);
    const values = [
      p.name,
      initialsOf(p.name),
      p.gender,
      p.birthDate,
      householdId,
      p.relation,
      p.phone,
      p.education,
      p.workAbility,
      b(p.isStudent),
      b(p.isRetired),
      p.retirementBase,
      b(p.migrantWorker),
      b(p.veteran),
      p.graduationYear,
      p.skills,
      p.skillLevel,
      p.socialInsurance,
      p.policiesEnjoyed,
      p.archivedOn,
    ] as const;
    let personId: number;
    if (id === null) {
      personId = Number(insPerson.run(p.idNumber, ...values, now, now).lastInsertRowid);
      personIds.set(p.idNumber, personId);
    } else {
      personId = id;
      updPerson.run(...values, now, id);
      delWish.run(id);
    }
    insWish.run(personId, b(p.hasWish), p.trainingWanted, p.noWishReason, now, now);
    tick();
  }
  const personId = (idNumber: string): number => {
    const found = personIds.get(idNumber);
    if (found === undefined) throw new Error(`人员 ${idNumber} 不存在`);
    return found;
  };

  const delMemberships = s.prepare('DELETE FROM household_memberships WHERE person_id = ?');
  const insMembership = s.prepare('INSERT INTO household_memberships (person_id, household_id, relation, from_date, to_date) VALUES (?, ?, ?, ?, ?)');
  for (const { idNumber, periods, replace } of writes.memberships) {
    const pid = personId(idNumber);
    if (replace) delMemberships.run(pid);
    for (const period of periods) {
      const householdId = householdIds.get(period.householdId);
      if (householdId === undefined) throw new Error(`户 ${period.householdId} 不存在`);
      insMembership.run(pid, householdId, period.relation, period.from, period.to);
    }
    tick();
  }

  const insSpell = s.prepare('INSERT INTO employment_spells (person_id, start_date, end_date, kind, employer_name, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const updSpell = s.prepare('UPDATE employment_spells SET end_date = ?, kind = ?, employer_name = ?, updated_at = ? WHERE id = ?');
  for (const { record: r, id } of writes.spells) {
    if (id === null) insSpell.run(personId(r.idNumber), r.startDate, r.endDate, r.kind, r.employerName, now, now);
    else updSpell.run(r.endDate, r.kind, r.employerName, now, id);
    tick();
  }

  const insReg = s.prepare(
    'INSERT INTO unemployment_registrations (person_id, registered_on, reason, cancelled_on, cancel_reason, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const updReg = s.prepare('UPDATE unemployment_registrations SET reason = ?, cancelled_on = ?, cancel_reason = ?, updated_at = ? WHERE id = ?');
  for (const { record: r, id } of writes.registrations) {
    if (id === null) insReg.run(personId(r.idNumber), r.registeredOn, r.reason, r.cancelledOn, r.cancelReason, now, now);
    else updReg.run(r.reason, r.cancelledOn, r.cancelReason, now, id);
    tick();
  }

  const insService = s.prepare(
    'INSERT INTO service_records (person_id, date, kind, referral_result, referral_result_on, content, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  // The workbook has no result date: a result decided in the file is taken as known on the referral's date.
  const updService = s.prepare(
    `UPDATE service_records SET referral_result = ?,
            referral_result_on = CASE WHEN ? IN ('hired', 'refused') THEN COALESCE(referral_result_on, date) ELSE NULL END,
            updated_at = ?
      WHERE id = ?`,
  );
  const resultOn = (r: { date: string; referralResult: string | null }) =>
    r.referralResult === 'hired' || r.referralResult === 'refused' ? r.date : null;
  for (const { record: r, id } of writes.services) {
    if (id === null) insService.run(personId(r.idNumber), r.date, r.kind, r.referralResult, resultOn(r), r.content, now, now);
    else updService.run(r.referralResult, r.referralResult, now, id);
    tick();
  }

  // The workbook has no judgement date: 是否有效 in the file is taken as judged on the complaint's own date.
  const insComplaint = s.prepare(
    'INSERT INTO complaints (community_id, date, content, valid, judged_on, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 0, ?, ?)',
  );
  const updComplaint = s.prepare('UPDATE complaints SET valid = ?, judged_on = date, version = version + 1, updated_at = ? WHERE id = ?');
  for (const { record: c, id } of writes.complaints) {
    const communityId = communityIds.get(c.communityCode);
    if (communityId === undefined) throw new Error(`社区 ${c.communityCode} 不存在`);
    if (id === null) insComplaint.run(communityId, c.date, c.content, b(c.valid), c.date, now, now);
    else updComplaint.run(b(c.valid), now, id);
    tick();
  }
}

/** Row ids of the persons with these ID numbers and of the households with these numbers (unknown ones are skipped). */
export function idsByKeys(db: DeskDatabase, idNumbers: readonly string[], householdNumbers: readonly string[]): { personIds: number[]; householdIds: number[] } {
  const personIds = db.sqlite.prepare('SELECT id FROM persons WHERE id_number IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(idNumbers)) as number[];
  const householdIds = db.sqlite.prepare('SELECT id FROM households WHERE number IN (SELECT value FROM json_each(?))').pluck().all(JSON.stringify(householdNumbers)) as number[];
  return { personIds, householdIds };
}
