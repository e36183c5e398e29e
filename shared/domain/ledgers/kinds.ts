/**
 * The ledgers (台账) of DOMAIN §7 and seed 001: the ten basic ledgers, the 双下岗双失业家庭 ledger (seed 000) and the
 * 就业困难人员花名册 (seed 003). Keys are the CLI's `--kind` values.
 */

export const LEDGER_KINDS = [
  'labour-resources',
  'unemployed',
  'difficult-groups',
  'graduates',
  'veterans',
  'migrant-workers',
  'training',
  'services',
  'policies',
  'vacancies',
  'double-unemployed-families',
  'difficult-persons',
] as const;

export type LedgerKind = (typeof LEDGER_KINDS)[number];

export function isLedgerKind(value: string): value is LedgerKind {
  return (LEDGER_KINDS as readonly string[]).includes(value);
}

/** The printed title of each ledger. */
export const LEDGER_TITLE: Record<LedgerKind, string> = {
  'labour-resources': '劳动力资源台账',
  unemployed: '下岗失业人员台账',
  'difficult-groups': '就业困难群体台账',
  graduates: '登记失业高校毕业生台账',
  veterans: '复转军人台账',
  'migrant-workers': '农民工台账',
  training: '就业再就业培训台账',
  services: '就业服务台账（职业指导、职业介绍）',
  policies: '就业再就业政策落实台账',
  vacancies: '岗位开发情况和需求台账',
  'double-unemployed-families': '双下岗双失业家庭台账',
  'difficult-persons': '就业困难人员花名册',
};

/** Who is in it, in a line (DOMAIN §7's table), shown under the ledger's name on screen. */
export const LEDGER_RULE: Record<LedgerKind, string> = {
  'labour-resources': '截至日期在劳动力资源中的每个人（法定劳动年龄、有劳动能力、非在校生、未退休、未迁出），及其当日就业状态',
  unemployed: '截至日期有就业愿望而未就业的每个人，不论是否登记失业（登记的列出登记日期和原因）',
  'difficult-groups': '三部分：截至日期存在的零就业家庭（出现日期、成员）；当日享受低保的家庭中的劳动力及其状态；当日未就业的“4050”人员',
  graduates: '截至日期失业登记未注销的高校毕业生',
  veterans: '截至日期在劳动力资源中的复转军人，及其当日就业状态',
  'migrant-workers': '截至日期在劳动力资源中的农民工，及其当日就业状态和本期是否得到服务',
  training: '统计期间（当年 1 月 1 日至截至日期）的每条培训记录',
  services: '统计期间的每条职业指导、职业介绍记录（列出介绍结果）',
  policies: '统计期间的每条政策落实、公益性岗位安置记录',
  vacancies: '统计期间任一天处于招聘中的岗位（岗位数、已录用、是否社区开发）',
  'double-unemployed-families': '截至日期存在的双下岗双失业家庭（户主和配偶都有就业愿望而未就业）',
  'difficult-persons': '截至日期认定有效的就业困难人员（已认定且未退出）',
};

/** What one row counts (the totals line: 共 N 人 / 条 / 个 / 户). */
export const LEDGER_UNIT: Record<LedgerKind, string> = {
  'labour-resources': '人',
  unemployed: '人',
  'difficult-groups': '人',
  graduates: '人',
  veterans: '人',
  'migrant-workers': '人',
  training: '条',
  services: '条',
  policies: '条',
  vacancies: '个岗位',
  'double-unemployed-families': '户',
  'difficult-persons': '人',
};

/** The three sections of 就业困难群体 (DOMAIN §7), in print order. */
export const DIFFICULT_GROUP_SECTIONS = ['zero-employment', 'dibao', 'age-4050'] as const;
export type DifficultGroupSection = (typeof DIFFICULT_GROUP_SECTIONS)[number];
export const DIFFICULT_GROUP_SECTION_LABEL: Record<DifficultGroupSection, string> = {
  'zero-employment': '零就业家庭',
  dibao: '低保户家庭',
  'age-4050': '“4050”人员',
};

/** The ledgers whose rows are records dated in the period (1 January … D), not persons or families on D. */
export const PERIOD_LEDGERS: readonly LedgerKind[] = ['training', 'services', 'policies', 'vacancies'];

/** The group of rows whose person or household belongs to no community on D (or a vacancy of none). */
export const UNASSIGNED_COMMUNITY = '未分配';
