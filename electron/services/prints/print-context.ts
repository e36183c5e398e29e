/**
 * Who prepared a print (制表人) and the street it names: the default 制表人 of the street's details (the 街道信息 page
 * under 设置, street.saveDetails), else the signed-in clerk's name.
 */
import { getStreet, getStreetDetails } from '../../../db/repositories/system/street-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';

export function defaultPreparer(db: DeskDatabase, ctx: CallerContext): string {
  const preparer = getStreetDetails(db)?.preparer?.trim();
  return preparer ? preparer : ctx.displayName;
}

export function streetForPrint(db: DeskDatabase): { name: string; code: string } {
  const street = getStreet(db);
  return { name: street?.name ?? '（未设置街道）', code: street?.code ?? '' };
}
