import type { DeemedCandidatesInput } from '../../../shared/contract/employment';
import type { RefusalScope } from '../../../db/repositories/history-wishes-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { Handler } from '../handlers';
import { judgeComplaint, listComplaintsFor, recordComplaint, resolveComplaint } from '../complaints/complaints-service';
import { getEmployer, listEmployersFor } from '../employers/employer-queries';
import { createEmployer, editEmployer } from '../employers/employers-service';
import { applyRecognition, exitRecognition, listRecognitionsForPerson, reviewRecognition } from '../recognitions/recognitions-service';
import { cancelUnemployment, registerUnemployment } from './registrations-service';
import { setReferralResult } from '../services/referral-result';
import { personEmployment } from './person-employment';
import { recordBulkServices } from '../services/services-bulk';
import { listServicesForHousehold, listServicesForPerson, recordService } from '../services/services-service';
import { addSpell, closeSpell } from './spells-service';
import { createVacancy, editVacancy, fillVacancyOn } from '../employers/vacancies-service';
import { getVacancy, listVacanciesFor, vacancyReferrals } from '../employers/vacancy-queries';
import { matchVacancy } from '../employers/vacancy-matches';
import { confirmDeemedNoWish, deemedNoWishCandidates, recordWish } from './wishes-service';

export interface HistoryHandlers {
  'spells.add': Handler<'spells.add'>;
  'spells.close': Handler<'spells.close'>;
  'registrations.register': Handler<'registrations.register'>;
  'registrations.cancel': Handler<'registrations.cancel'>;
  'wishes.record': Handler<'wishes.record'>;
  'wishes.deemedNoWishCandidates': Handler<'wishes.deemedNoWishCandidates'>;
  'wishes.confirmDeemedNoWish': Handler<'wishes.confirmDeemedNoWish'>;
  'employment.ofPerson': Handler<'employment.ofPerson'>;
  'services.record': Handler<'services.record'>;
  'services.recordBulk': Handler<'services.recordBulk'>;
  'services.listForPerson': Handler<'services.listForPerson'>;
  'services.listForHousehold': Handler<'services.listForHousehold'>;
  'services.setReferralResult': Handler<'services.setReferralResult'>;
  'recognitions.apply': Handler<'recognitions.apply'>;
  'recognitions.review': Handler<'recognitions.review'>;
  'recognitions.exit': Handler<'recognitions.exit'>;
  'recognitions.listForPerson': Handler<'recognitions.listForPerson'>;
  'complaints.record': Handler<'complaints.record'>;
  'complaints.judge': Handler<'complaints.judge'>;
  'complaints.resolve': Handler<'complaints.resolve'>;
  'complaints.list': Handler<'complaints.list'>;
  'employers.create': Handler<'employers.create'>;
  'vacancies.create': Handler<'vacancies.create'>;
  'vacancies.fill': Handler<'vacancies.fill'>;
  'vacancies.matches': Handler<'vacancies.matches'>;
  'vacancies.list': Handler<'vacancies.list'>;
  'vacancies.get': Handler<'vacancies.get'>;
  'vacancies.update': Handler<'vacancies.update'>;
  'vacancies.referrals': Handler<'vacancies.referrals'>;
  'employers.list': Handler<'employers.list'>;
  'employers.get': Handler<'employers.get'>;
  'employers.update': Handler<'employers.update'>;
}

function candidateScope(input: DeemedCandidatesInput): RefusalScope {
  if (input.personId !== undefined) return { personId: input.personId };
  if (input.communityId !== undefined) return { communityId: input.communityId };
  return 'street';
}

/**
 * The methods of shared/contract/employment.ts, services.ts, recognitions.ts (`recognitions.*`), complaints.ts and
 * employers.ts; `today` is read at each call.
 */
export function historyHandlers(db: DeskDatabase, today: () => string): HistoryHandlers {
  return {
    'spells.add': (ctx, input) => addSpell(db, ctx, today(), input),
    'spells.close': (ctx, input) => closeSpell(db, ctx, today(), input),
    'registrations.register': (ctx, input) => registerUnemployment(db, ctx, today(), input),
    'registrations.cancel': (ctx, input) => cancelUnemployment(db, ctx, today(), input),
    'wishes.record': (ctx, input) => recordWish(db, ctx, today(), input),
    'wishes.deemedNoWishCandidates': (_ctx, input) => deemedNoWishCandidates(db, today(), candidateScope(input)),
    'wishes.confirmDeemedNoWish': (ctx, input) => confirmDeemedNoWish(db, ctx, today(), input),
    'employment.ofPerson': (_ctx, input) => personEmployment(db, today(), input.personId),
    'services.record': (ctx, input) => recordService(db, ctx, today(), input),
    'services.recordBulk': (ctx, input) => recordBulkServices(db, ctx, today(), input),
    'services.listForPerson': (_ctx, input) => listServicesForPerson(db, input.personId),
    'services.listForHousehold': (_ctx, input) => listServicesForHousehold(db, input.householdId),
    'services.setReferralResult': (ctx, input) => setReferralResult(db, ctx, today(), input),
    'recognitions.apply': (ctx, input) => applyRecognition(db, ctx, today(), input),
    'recognitions.review': (ctx, input) => reviewRecognition(db, ctx, today(), input),
    'recognitions.exit': (ctx, input) => exitRecognition(db, ctx, today(), input),
    'recognitions.listForPerson': (_ctx, input) => listRecognitionsForPerson(db, input.personId),
    'complaints.record': (ctx, input) => recordComplaint(db, ctx, today(), input),
    'complaints.judge': (ctx, input) => judgeComplaint(db, ctx, today(), input),
    'complaints.resolve': (ctx, input) => resolveComplaint(db, ctx, today(), input),
    'complaints.list': (_ctx, input) => listComplaintsFor(db, input),
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
