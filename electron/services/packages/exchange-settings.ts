/**
 * 交换设置: the bureau this street reports to (its code — by default the street code's first 6 digits, the county —
 * and its name). It is the default recipient of an annual submission, and an install accepts annual submissions
 * addressed to it (acting as that bureau's receiving desk).
 */
import { AppError } from '../../../shared/app-error';
import { ExchangeSettings as ExchangeSettingsSchema } from '../../../shared/contract/packages';
import type { ExchangeSettings } from '../../../shared/contract/packages';
import type { InstallIdentity } from '../../../shared/domain/packages/kinds';
import { getStreet } from '../../../db/repositories/system/street-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { readStoredSetting, saveStoredSetting } from '../settings/stored-setting';

export const EXCHANGE_SETTINGS_KEY = 'exchange';

export function requireStreet(db: DeskDatabase): { code: string; name: string } {
  const street = getStreet(db);
  if (!street) throw new AppError('NOT_READY', '尚未设置街道，请先在“初始设置”中填写街道名称和代码');
  return { code: street.code, name: street.name };
}

export function readExchangeSettings(db: DeskDatabase): ExchangeSettings {
  const stored = readStoredSetting(db, EXCHANGE_SETTINGS_KEY, ExchangeSettingsSchema);
  if (stored) return stored;
  const street = getStreet(db);
  const code = street ? street.code.slice(0, 6) : '000000';
  return { bureauCode: code, bureauName: '上级人社部门' };
}

export function setExchangeSettings(db: DeskDatabase, ctx: CallerContext, input: ExchangeSettings): ExchangeSettings {
  const street = requireStreet(db);
  if (!street.code.startsWith(input.bureauCode)) {
    const message = `上级单位代码 ${input.bureauCode} 应是本街道代码 ${street.code} 的前几位（所在县区、市或省）`;
    throw AppError.invalid(message, [{ path: 'bureauCode', message }]);
  }
  return saveStoredSetting(db, ctx, EXCHANGE_SETTINGS_KEY, input, readExchangeSettings);
}

export function installIdentity(db: DeskDatabase): InstallIdentity {
  return { streetCode: requireStreet(db).code, bureauCode: readExchangeSettings(db).bureauCode };
}
