/**
 * The print settings (stored as JSON in `settings` under one key): how public prints mask ID and phone numbers
 * (DOMAIN §7 choice: first 6 and last 4 of an ID number by default), and which standards the wall notice reports —
 * the verdict of one (default chongqing-2007) and the star level of one with tiers (default the jilin-stars example).
 */
import { AppError } from '../../../shared/app-error';
import { PrintSettings as PrintSettingsSchema } from '../../../shared/contract/street';
import type { PrintSettings } from '../../../shared/contract/street';
import { DEFAULT_MASKING } from '../../../shared/domain/privacy/masking';
import type { MaskingRules } from '../../../shared/domain/privacy/masking';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import { listStandards } from '../assessment/standards-service';
import type { CallerContext } from '../context';
import { readStoredSetting, saveStoredSetting } from '../settings/stored-setting';

export const PRINT_SETTINGS_KEY = 'prints';

export const DEFAULT_PRINT_SETTINGS: PrintSettings = {
  masking: DEFAULT_MASKING,
  notice: { standardId: 'chongqing-2007', starStandardId: 'jilin-stars' },
};

/** The settings in force: the stored ones, or the defaults when none (or none valid) are stored. */
export function readPrintSettings(db: DeskDatabase): PrintSettings {
  return readStoredSetting(db, PRINT_SETTINGS_KEY, PrintSettingsSchema) ?? DEFAULT_PRINT_SETTINGS;
}

/** The masking rules of public prints. */
export function maskingRules(db: DeskDatabase): MaskingRules {
  return readPrintSettings(db).masking;
}

export function setPrintSettings(db: DeskDatabase, ctx: CallerContext, input: PrintSettings): PrintSettings {
  return inTransaction(db, () => {
    const standards = listStandards(db);
    const standard = standards.find((s) => s.id === input.notice.standardId);
    if (!standard) {
      throw AppError.invalid(`没有编号为 ${input.notice.standardId} 的考核标准`, [{ path: 'notice.standardId', message: '请从已有的考核标准中选择' }]);
    }
    if (input.notice.starStandardId !== null) {
      const starStandard = standards.find((s) => s.id === input.notice.starStandardId);
      if (!starStandard) {
        throw AppError.invalid(`没有编号为 ${input.notice.starStandardId} 的考核标准`, [{ path: 'notice.starStandardId', message: '请从已有的考核标准中选择' }]);
      }
      if (starStandard.stars.length === 0) {
        throw AppError.invalid(`考核标准“${starStandard.name}”没有星级，不能用来评定星级`, [{ path: 'notice.starStandardId', message: '请选择定有星级的标准，或选“不显示星级”' }]);
      }
    }
    return saveStoredSetting(db, ctx, PRINT_SETTINGS_KEY, input, readPrintSettings);
  });
}
