import type { DeskDatabase } from '../../../db/open-database';
import type { HandlersOf } from '../handlers';
import { setReferralResult } from './referral-result';
import { recordBulkServices } from './services-bulk';
import { listServicesForHousehold, listServicesForPerson, recordService } from './services-service';

export type ServicesHandlers = HandlersOf<'services'>;

/** The methods of shared/contract/services.ts; `today` is read at each call. */
export function servicesHandlers(db: DeskDatabase, today: () => string): ServicesHandlers {
  return {
    'services.record': (ctx, input) => recordService(db, ctx, today(), input),
    'services.recordBulk': (ctx, input) => recordBulkServices(db, ctx, today(), input),
    'services.listForPerson': (_ctx, input) => listServicesForPerson(db, input.personId),
    'services.listForHousehold': (_ctx, input) => listServicesForHousehold(db, input.householdId),
    'services.setReferralResult': (ctx, input) => setReferralResult(db, ctx, today(), input),
  };
}
