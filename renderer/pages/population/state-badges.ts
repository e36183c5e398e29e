/** The person badges of the derived state (DOMAIN §3), in the order the pages show them, with what each one means. */
import type { PersonBadges } from '../../../shared/contract/population';
import type { PopulationSettings } from '../../../shared/contract/population';

type Flag = 'workingAge' | 'labourResource' | 'wish' | 'employed' | 'unemployed' | 'registered' | 'longTermUnemployed' | 'is4050' | 'archived';

export interface BadgeDef {
  key: Flag;
  label: string;
  color: string;
  /** What the badge means, shown in its tooltip. */
  meaning: string;
}

export const PERSON_BADGES: readonly BadgeDef[] = [
  { key: 'workingAge', label: '劳动年龄', color: 'blue', meaning: '年满 16 周岁，未到法定退休年龄' },
  { key: 'labourResource', label: '劳动力资源', color: 'indigo', meaning: '劳动年龄内、有劳动能力、不是在校学生、未退休、未迁出' },
  { key: 'wish', label: '有就业意愿', color: 'cyan', meaning: '当日有效的就业意愿登记为“有”' },
  { key: 'employed', label: '已就业', color: 'green', meaning: '当日有未结束的就业记录（任何形式）' },
  { key: 'unemployed', label: '失业', color: 'orange', meaning: '劳动力资源中有就业意愿但当日未就业' },
  { key: 'registered', label: '登记失业', color: 'red', meaning: '当日有未注销的失业登记' },
  { key: 'longTermUnemployed', label: '长期失业', color: 'red.9', meaning: '失业登记已过一周年仍未注销' },
  { key: 'is4050', label: '4050', color: 'grape', meaning: '劳动年龄内，女性满 40 周岁、男性满 50 周岁（按设置）' },
  { key: 'archived', label: '迁出', color: 'gray', meaning: '当日已迁出，不再计入各项统计' },
];

/** The badges that hold on the date, in display order. */
export function badgesThatHold(badges: PersonBadges): BadgeDef[] {
  return PERSON_BADGES.filter((b) => badges[b.key]);
}

/** “按…”: the retirement rule in force (the settings), as the working-age tooltip names it. */
export function retirementRuleLabel(settings: PopulationSettings | null): string {
  if (!settings) return '按现行退休规则';
  const rule = settings.retirementRule;
  if (rule.kind === 'reform2025') return '按 2025 年渐进式延迟退休规则';
  return `按固定退休年龄：男 ${rule.men} 岁，女干部 ${rule.women55} 岁，女工人 ${rule.women50} 岁`;
}
