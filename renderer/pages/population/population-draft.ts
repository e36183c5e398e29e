/** The 人口口径 form's editable state and its conversion to the contract's PopulationSettings. */
import { PopulationSettings } from '../../../shared/contract/population';
import { FIXED_RETIREMENT_AGES } from '../../../shared/domain/population/settings';

export interface PopulationDraft {
  rule: 'reform2025' | 'fixed';
  men: number | string;
  women55: number | string;
  women50: number | string;
  base: '50' | '55';
  women4050: number | string;
  men4050: number | string;
  rural: boolean;
}

/** An age of the form: the draft's field, its label, and the settings path its problems come back on. */
export interface AgeField {
  key: 'men' | 'women55' | 'women50' | 'women4050' | 'men4050';
  label: string;
  path: string;
}

/** The fixed retirement ages (shown only for the fixed rule). */
export const RETIREMENT_AGE_FIELDS: readonly AgeField[] = [
  { key: 'men', label: '男性退休年龄', path: 'retirementRule.men' },
  { key: 'women55', label: '女干部退休年龄', path: 'retirementRule.women55' },
  { key: 'women50', label: '女工人退休年龄', path: 'retirementRule.women50' },
];

/** The ages a woman and a man become “4050” persons. */
export const AGE_4050_FIELDS: readonly AgeField[] = [
  { key: 'women4050', label: '“4050”女性起始年龄', path: 'age4050.women' },
  { key: 'men4050', label: '“4050”男性起始年龄', path: 'age4050.men' },
];

export function draftOf(settings: PopulationSettings): PopulationDraft {
  const fixed = settings.retirementRule.kind === 'fixed' ? settings.retirementRule : FIXED_RETIREMENT_AGES;
  return {
    rule: settings.retirementRule.kind,
    men: fixed.men,
    women55: fixed.women55,
    women50: fixed.women50,
    base: settings.defaultWomenRetirementBase === 50 ? '50' : '55',
    women4050: settings.age4050.women,
    men4050: settings.age4050.men,
    rural: settings.ruralExcludedFromZeroEmployment,
  };
}

/** An empty field stays empty (undefined), so the contract says 应为数字 on it. */
function numberOf(value: number | string): number | undefined {
  if (typeof value === 'number') return value;
  return value.trim() === '' ? undefined : Number(value);
}

/** The settings, or the problems by field path (`retirementRule.men`, `age4050.women`…). */
export function settingsOf(draft: PopulationDraft): { ok: true; value: PopulationSettings } | { ok: false; errors: Record<string, string> } {
  const candidate = {
    retirementRule:
      draft.rule === 'fixed' ? { kind: 'fixed', men: numberOf(draft.men), women55: numberOf(draft.women55), women50: numberOf(draft.women50) } : { kind: 'reform2025' },
    defaultWomenRetirementBase: Number(draft.base),
    age4050: { women: numberOf(draft.women4050), men: numberOf(draft.men4050) },
    ruralExcludedFromZeroEmployment: draft.rural,
  };
  const parsed = PopulationSettings.safeParse(candidate);
  if (parsed.success) return { ok: true, value: parsed.data };
  const errors: Record<string, string> = {};
  for (const issue of parsed.error.issues) errors[issue.path.map(String).join('.')] ??= issue.message;
  return { ok: false, errors };
}
