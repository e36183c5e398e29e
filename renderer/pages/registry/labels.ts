/** Labels and small formats shared by the registry pages. */
import type { HouseholdFlagsNow } from '../../../shared/contract/registry';
import { formatChineseDate } from '../../../shared/domain/dates';
import { todayIso } from '../../../shared/clock';
import { ageOn } from '../../../shared/domain/population/working-age';
import { EDUCATION_LABEL, GENDER_LABEL, RELATION_LABEL, WORK_ABILITY_LABEL } from '../../../shared/domain/workbook/vocabulary';

export { EDUCATION_LABEL, GENDER_LABEL, RELATION_LABEL, WORK_ABILITY_LABEL };

export const FLAG_LABEL: Record<'dibao' | 'urban' | 'business_income', string> = {
  dibao: '低保户',
  urban: '城镇户籍',
  business_income: '经营性投资性收入',
};

export const FLAG_KEYS: { key: keyof HouseholdFlagsNow; flag: 'dibao' | 'urban' | 'business_income'; short: string; color: string }[] = [
  { key: 'dibao', flag: 'dibao', short: '低保', color: 'orange' },
  { key: 'urban', flag: 'urban', short: '城镇', color: 'blue' },
  { key: 'businessIncome', flag: 'business_income', short: '经营收入', color: 'grape' },
];

export function ageOf(birthDate: string): number {
  return ageOn(birthDate, todayIso());
}

export function chineseDate(iso: string | null | undefined): string {
  return iso ? formatChineseDate(iso) : '';
}

export function selectData<K extends string>(labels: Record<K, string>): { value: K; label: string }[] {
  return (Object.keys(labels) as K[]).map((value) => ({ value, label: labels[value] }));
}
