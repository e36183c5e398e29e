import type { ListVacanciesInput, Vacancy, VacancyListRow, VacancyReferral } from '../../../shared/contract/employers';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { findVacancy, listVacancies } from '../../../db/repositories/employers/vacancies-repo';
import { listVacancyReferralsNewestFirst } from '../../../db/repositories/services/service-records-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { fieldError, foundById } from '../registry/person-rules';

const DEFAULT_LIMIT = 200;

/** Vacancies by status (open unless asked otherwise), employer and a word of the title, skills or employer. */
export function listVacanciesFor(db: DeskDatabase, input: ListVacanciesInput): VacancyListRow[] {
  const query = input.query?.trim().toLowerCase() ?? '';
  return listVacancies(db, {
    status: input.status ?? 'open',
    query: query === '' ? null : query,
    employerId: input.employerId ?? null,
    limit: input.limit ?? DEFAULT_LIMIT,
  });
}

export function getVacancy(db: DeskDatabase, id: number): Vacancy {
  return foundById(findVacancy(db, id), '找不到该岗位，请刷新后重试');
}

/** Who has been referred to the vacancy (ID numbers masked). */
export function vacancyReferrals(db: DeskDatabase, vacancyId: number): VacancyReferral[] {
  if (!findVacancy(db, vacancyId)) throw fieldError('NOT_FOUND', 'vacancyId', '找不到该岗位，请刷新后重试');
  return listVacancyReferralsNewestFirst(db, vacancyId).map(({ idNumber, ...rest }) => ({ ...rest, idNumberMasked: maskIdNumber(idNumber) }));
}
