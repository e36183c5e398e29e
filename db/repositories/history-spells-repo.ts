import { asc, eq } from 'drizzle-orm';
import type { DeskDatabase } from '../desk-database';
import { employmentSpells } from '../schema';
import { nowIso } from '../../shared/clock';

export type SpellKind = 'unit' | 'flexible' | 'self_employed' | 'public_welfare' | 'migrant';

export interface SpellRow {
  id: number;
  personId: number;
  startDate: string;
  /** Last day employed; null = still employed. */
  endDate: string | null;
  kind: SpellKind;
  employerName: string | null;
  employerId: number | null;
  post: string | null;
  contractSigned: boolean | null;
  socialInsurancePaid: boolean | null;
}

export type SpellValues = Omit<SpellRow, 'id'>;

const columns = {
  id: employmentSpells.id,
  personId: employmentSpells.personId,
  startDate: employmentSpells.startDate,
  endDate: employmentSpells.endDate,
  kind: employmentSpells.kind,
  employerName: employmentSpells.employerName,
  employerId: employmentSpells.employerId,
  post: employmentSpells.post,
  contractSigned: employmentSpells.contractSigned,
  socialInsurancePaid: employmentSpells.socialInsurancePaid,
};

export function listSpellsOfPerson(db: DeskDatabase, personId: number): SpellRow[] {
  return db.orm
    .select(columns)
    .from(employmentSpells)
    .where(eq(employmentSpells.personId, personId))
    .orderBy(asc(employmentSpells.startDate))
    .all();
}

export function findSpell(db: DeskDatabase, id: number): SpellRow | null {
  return db.orm.select(columns).from(employmentSpells).where(eq(employmentSpells.id, id)).get() ?? null;
}

export function insertSpell(db: DeskDatabase, values: SpellValues): SpellRow {
  const now = nowIso();
  return db.orm
    .insert(employmentSpells)
    .values({ ...values, createdAt: now, updatedAt: now })
    .returning(columns)
    .get();
}

export function setSpellEnd(db: DeskDatabase, id: number, endDate: string): SpellRow {
  return db.orm
    .update(employmentSpells)
    .set({ endDate, updatedAt: nowIso() })
    .where(eq(employmentSpells.id, id))
    .returning(columns)
    .get();
}
