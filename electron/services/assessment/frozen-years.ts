/**
 * A year whose assessment was frozen for the annual submission (年度上报) can no longer be changed: no manual verdict
 * recorded for a period in it, no new saved assessment of it. The frozen run stays as it was submitted.
 */
import { AppError } from '../../../shared/app-error';
import { frozenYearsAmong } from '../../../db/repositories/packages/annual-submissions-repo';
import type { DeskDatabase } from '../../../db/open-database';

export function refuseFrozenYears(db: DeskDatabase, from: string, to: string, doing: string): void {
  const first = Number(from.slice(0, 4));
  const last = Number(to.slice(0, 4));
  const years: number[] = [];
  for (let y = Math.min(first, last); y <= Math.max(first, last); y += 1) years.push(y);
  const frozen = frozenYearsAmong(db, years);
  if (frozen.length > 0) {
    throw new AppError('REJECTED', `${frozen.join('、')} 年度考核已冻结上报，不能再${doing}该年度的考核；冻结的考核结果保持上报时的样子`);
  }
}
