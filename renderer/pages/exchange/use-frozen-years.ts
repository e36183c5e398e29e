import { useApiQuery } from '../../lib/use-api-query';

/** The frozen years (年度上报) and the saved run each rests on. */
export function useFrozenYears(): { year: number; assessmentId: number; frozenAt: string; frozenBy: string }[] {
  return useApiQuery('annual.frozen', {}).data ?? [];
}
