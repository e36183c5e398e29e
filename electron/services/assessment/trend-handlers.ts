/** The 考核 dashboard's monthly trend (shared/contract/assessment-trend.ts). */
import type { DeskDatabase } from '../../../db/open-database';
import type { Handler } from '../handlers';
import { assessmentTrend } from './trend';

export function assessmentTrendHandlers(deps: { db: DeskDatabase; today(): string }): { 'assessment.trend': Handler<'assessment.trend'> } {
  return { 'assessment.trend': (_ctx, input) => assessmentTrend(deps.db, input, deps.today()) };
}
