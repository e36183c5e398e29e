import type { DeskDatabase } from '../../../db/open-database';
import type { HandlersOf } from '../handlers';
import { getEmployer, listEmployersFor } from './employer-queries';
import { createEmployer, editEmployer } from './employers-service';
import { createVacancy, editVacancy, fillVacancyOn } from './vacancies-service';
import { getVacancy, listVacanciesFor, vacancyReferrals } from './vacancy-queries';
import { matchVacancy } from './vacancy-matches';

export type EmployersHandlers = HandlersOf<'employers' | 'vacancies'>;

/** The methods of shared/contract/employers.ts; `today` is read at each call. */
export function employersHandlers(db: DeskDatabase, today: () => string): EmployersHandlers {
  return {
    'employers.create': (ctx, input) => createEmployer(db, ctx, today(), input),
    'vacancies.create': (ctx, input) => createVacancy(db, ctx, today(), input),
    'vacancies.fill': (ctx, input) => fillVacancyOn(db, ctx, today(), input),
    'vacancies.matches': (_ctx, input) => matchVacancy(db, today(), input.vacancyId, input.limit),
    'vacancies.list': (_ctx, input) => listVacanciesFor(db, input),
    'vacancies.get': (_ctx, input) => getVacancy(db, input.id),
    'vacancies.update': (ctx, input) => editVacancy(db, ctx, today(), input),
    'vacancies.referrals': (_ctx, input) => vacancyReferrals(db, input.vacancyId),
    'employers.list': (_ctx, input) => listEmployersFor(db, input),
    'employers.get': (_ctx, input) => getEmployer(db, input.id),
    'employers.update': (ctx, input) => editEmployer(db, ctx, today(), input),
  };
}
