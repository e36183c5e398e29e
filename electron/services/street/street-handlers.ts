/** The street's details and the print settings (shared/contract/street.ts). */
import type { DeskDatabase } from '../../../db/open-database';
import type { Handler } from '../handlers';
import { readPrintSettings, setPrintSettings } from './print-settings';
import { saveStreetDetails, streetDetails } from './street-details';

export interface StreetHandlers {
  'street.details': Handler<'street.details'>;
  'street.saveDetails': Handler<'street.saveDetails'>;
  'printSettings.get': Handler<'printSettings.get'>;
  'printSettings.set': Handler<'printSettings.set'>;
}

export function streetHandlers(db: DeskDatabase): StreetHandlers {
  return {
    'street.details': () => streetDetails(db),
    'street.saveDetails': (ctx, input) => saveStreetDetails(db, ctx, input),
    'printSettings.get': () => readPrintSettings(db),
    'printSettings.set': (ctx, input) => setPrintSettings(db, ctx, input),
  };
}
