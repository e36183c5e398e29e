import type { EmployerSummary, ListEmployersInput } from '../../../shared/contract/employers';
import { findEmployerSummary, listEmployerSummaries } from '../../../db/repositories/employers/employers-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { foundById } from '../registry/person-rules';

const DEFAULT_LIMIT = 500;

/** Employers by a word of the name or contact, by 结对 community, optionally only those with open vacancies. */
export function listEmployersFor(db: DeskDatabase, input: ListEmployersInput): EmployerSummary[] {
  const query = input.query?.trim().toLowerCase() ?? '';
  return listEmployerSummaries(db, {
    query: query === '' ? null : query,
    pairedCommunityId: input.pairedCommunityId ?? null,
    withOpenVacancies: input.withOpenVacancies ?? false,
    limit: input.limit ?? DEFAULT_LIMIT,
  });
}

export function getEmployer(db: DeskDatabase, id: number): EmployerSummary {
  return foundById(findEmployerSummary(db, id), '找不到该用人单位，请刷新后重试');
}
