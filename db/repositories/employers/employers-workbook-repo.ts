/**
 * employers and vacancies as the standard workbook reads and writes them (docs/workbook-v2.md 用工单位, 岗位), by row
 * id: the workbook service turns community and employer ids into their codes and names.
 */
import type { DeskDatabase } from '../../desk-database';
import type { VacancyValues as VacancyFields } from './vacancies-repo';

type Bool = 0 | 1;
const b = (v: boolean): Bool => (v ? 1 : 0);

export interface EmployerSheetRow {
  id: number;
  name: string;
  contact: string | null;
  pairedCommunityId: number | null;
  pairedOn: string | null;
}

/** A vacancy as the workbook holds it: its values, and the day it was filled. */
export interface VacancySheetRow extends VacancyFields {
  id: number;
  filledOn: string | null;
}

/** Every employer, by name. */
export function employerSheetRows(db: DeskDatabase): EmployerSheetRow[] {
  return db.sqlite
    .prepare('SELECT id, name, contact, paired_community_id AS pairedCommunityId, paired_on AS pairedOn FROM employers ORDER BY name')
    .all() as EmployerSheetRow[];
}

/** Every vacancy, by its employer's name, title and opening day. */
export function vacancySheetRows(db: DeskDatabase): VacancySheetRow[] {
  const rows = db.sqlite
    .prepare(
      `SELECT v.id, v.employer_id AS employerId, v.community_id AS communityId, v.title, v.posts, v.skills, v.wage,
              v.opened_on AS openedOn, v.filled_on AS filledOn, v.public_welfare AS publicWelfare, v.developed_by_community AS developedByCommunity
         FROM vacancies v JOIN employers e ON e.id = v.employer_id
        ORDER BY e.name, v.title, v.opened_on, v.id`,
    )
    .all() as (Omit<VacancySheetRow, 'publicWelfare' | 'developedByCommunity'> & { publicWelfare: Bool; developedByCommunity: Bool })[];
  return rows.map((r) => ({ ...r, publicWelfare: r.publicWelfare === 1, developedByCommunity: r.developedByCommunity === 1 }));
}

export type EmployerValues = Omit<EmployerSheetRow, 'id'>;
export type VacancyValues = Omit<VacancySheetRow, 'id'>;

/** Prepared writes of imported employers and vacancies (inside the caller's transaction). */
export function employerSheetWriter(db: DeskDatabase, now: string): {
  insertEmployer(v: EmployerValues): number;
  updateEmployer(v: EmployerValues, id: number): void;
  insertVacancy(v: VacancyValues): number;
  updateVacancy(v: VacancyValues, id: number): void;
} {
  const s = db.sqlite;
  const insE = s.prepare('INSERT INTO employers (name, contact, paired_community_id, paired_on, version, created_at, updated_at) VALUES (?, ?, ?, ?, 0, ?, ?)');
  const updE = s.prepare('UPDATE employers SET contact = ?, paired_community_id = ?, paired_on = ?, version = version + 1, updated_at = ? WHERE id = ?');
  const vacancyCols = 'employer_id, community_id, title, posts, skills, wage, opened_on, filled_on, public_welfare, developed_by_community';
  const insV = s.prepare(`INSERT INTO vacancies (${vacancyCols}, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)`);
  const updV = s.prepare(
    `UPDATE vacancies SET community_id = ?, posts = ?, skills = ?, wage = ?, filled_on = ?, public_welfare = ?, developed_by_community = ?,
            version = version + 1, updated_at = ? WHERE id = ?`,
  );
  return {
    insertEmployer: (v) => Number(insE.run(v.name, v.contact, v.pairedCommunityId, v.pairedOn, now, now).lastInsertRowid),
    updateEmployer: (v, id) => {
      updE.run(v.contact, v.pairedCommunityId, v.pairedOn, now, id);
    },
    insertVacancy: (v) =>
      Number(
        insV.run(v.employerId, v.communityId, v.title, v.posts, v.skills, v.wage, v.openedOn, v.filledOn, b(v.publicWelfare), b(v.developedByCommunity), now, now)
          .lastInsertRowid,
      ),
    updateVacancy: (v, id) => {
      updV.run(v.communityId, v.posts, v.skills, v.wage, v.filledOn, b(v.publicWelfare), b(v.developedByCommunity), now, id);
    },
  };
}
