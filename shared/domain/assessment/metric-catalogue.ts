/**
 * The metrics the assessment engine implements (DOMAIN.md §4): what each measures, whether its value is a ratio or
 * a count, which windows and subjects it accepts. A rule set (shared/contract/standards.ts) names one of these per
 * automatic item and supplies every threshold, window and day count as data; nothing here is a threshold.
 */

export const METRIC_IDS = [
  'employment-rate',
  'zero-employment-clearance',
  'dibao-unemployed-share',
  'guidance-on-time',
  'long-term-unemployed',
  'valid-complaints',
  'active-job-preparation',
  'double-unemployed-placement',
  'family-tracking-services',
  'reemployment-rate',
  'difficult-persons-employed',
  'recognised-persons-served',
  'commitment-on-time',
  'ledger-completeness',
  'communities-passing',
] as const;

export type MetricId = (typeof METRIC_IDS)[number];

/**
 * Which dates an item looks at:
 * - `asOf`: the state on the as-of date D;
 * - `period`: records dated in the assessment period (from … D);
 * - `lastDays`: records dated D − (days − 1) … D;
 * - `months`: a duration in calendar months (a zero-employment family present longer than N months, a registration
 *   open longer than N months), clamped to the end of the month.
 */
export const WINDOW_KINDS = ['asOf', 'period', 'lastDays', 'months'] as const;
export type WindowKind = (typeof WINDOW_KINDS)[number];

export type MetricUnit = 'ratio' | 'count';
export type AssessedScope = 'community' | 'street';

export interface MetricInfo {
  id: MetricId;
  /** Chinese, short: shown in lists and in error messages. */
  label: string;
  unit: MetricUnit;
  windows: readonly WindowKind[];
  /** Where the metric can be computed: `communities-passing` only exists for the street. */
  scopes: readonly AssessedScope[];
  /** Chinese: how the value, the numerator and the denominator are formed. */
  definition: string;
  /**
   * True when what counts against the item can no longer be undone within the period (a late guidance, a valid
   * complaint): the gap-to-pass then says so instead of a number of persons to help.
   */
  irreversible: boolean;
  /** Chinese gap-to-pass text for `n` subjects ("还需 2 人实现就业"). */
  gapText(n: number): string;
  /** Chinese: why a ratio has nothing to count (its denominator is 0). */
  emptyText: string;
}

const BOTH: readonly AssessedScope[] = ['community', 'street'];

export const METRICS: Readonly<Record<MetricId, MetricInfo>> = {
  'employment-rate': {
    id: 'employment-rate',
    label: '就业率',
    unit: 'ratio',
    windows: ['asOf'],
    scopes: BOTH,
    definition: '截止日劳动力资源中有就业愿望的人里已就业的比例：就业人数 ÷ 有就业愿望的劳动力',
    irreversible: false,
    gapText: (n) => `还需 ${n} 人实现就业`,
    emptyText: '劳动力资源中有就业愿望的人数为 0，就业率无从计算',
  },
  'zero-employment-clearance': {
    id: 'zero-employment-clearance',
    label: '零就业家庭动态消除',
    unit: 'count',
    windows: ['months'],
    scopes: BOTH,
    definition: '数值为截止日存在的零就业家庭户数；出现已超过时限（出现日 + N 个月之后）的家庭计为未达标，时限内的为待办',
    irreversible: false,
    gapText: (n) => `还需消除 ${n} 户超期零就业家庭`,
    emptyText: '',
  },
  'dibao-unemployed-share': {
    id: 'dibao-unemployed-share',
    label: '低保人员未就业比例',
    unit: 'ratio',
    windows: ['asOf'],
    scopes: BOTH,
    definition: '截止日低保户成员中，劳动力资源里失业人员的比例：低保户中的失业人数 ÷ 低保户中的劳动力资源人数',
    irreversible: false,
    gapText: (n) => `还需 ${n} 名低保家庭成员实现就业`,
    emptyText: '低保家庭中没有劳动力资源（分母为 0）',
  },
  'guidance-on-time': {
    id: 'guidance-on-time',
    label: '登记失业人员按时职业指导率',
    unit: 'ratio',
    windows: ['period'],
    scopes: BOTH,
    definition: '期间内登记的失业人员中，在登记后 N 个工作日内（登记日为第 0 天）得到职业指导的比例：按时 /（按时 + 逾期）；未到期限的为待办，期限内注销且未指导的不计',
    irreversible: true,
    gapText: (n) => `本期已有 ${n} 人次逾期指导，本期内无法补救；今后的登记须按时指导`,
    emptyText: '考核期间没有已到期限的失业登记（分母为 0）',
  },
  'long-term-unemployed': {
    id: 'long-term-unemployed',
    label: '长期失业人员',
    unit: 'count',
    windows: ['months'],
    scopes: BOTH,
    definition: '截止日失业登记连续超过 N 个月的人数（登记日 + N 个月之后仍未注销）',
    irreversible: false,
    gapText: (n) => `还需帮助 ${n} 名长期失业人员就业或依规注销登记`,
    emptyText: '',
  },
  'valid-complaints': {
    id: 'valid-complaints',
    label: '有效投诉',
    unit: 'count',
    windows: ['period'],
    scopes: BOTH,
    definition: '期间内发生、截止日前（含当日）经认定为有效的投诉件数；尚未认定或截止日后才认定的投诉为待办',
    irreversible: true,
    gapText: (n) => `本期已有 ${n} 件有效投诉，本期内无法补救`,
    emptyText: '',
  },
  'active-job-preparation': {
    id: 'active-job-preparation',
    label: '就业准备活动覆盖率',
    unit: 'ratio',
    windows: ['lastDays', 'period'],
    scopes: BOTH,
    definition: '截止日的失业人员在窗口内（如近 90 天）有任一服务记录、劳动力资源中的农民工在期间内有服务记录的比例',
    irreversible: false,
    gapText: (n) => `还需为 ${n} 人提供服务`,
    emptyText: '截止日没有失业人员，也没有需要服务的农民工（分母为 0）',
  },
  'double-unemployed-placement': {
    id: 'double-unemployed-placement',
    label: '双失业家庭一人安置就业率',
    unit: 'ratio',
    windows: ['period'],
    scopes: BOTH,
    definition: '期间内出现过的双下岗双失业家庭（因迁出、退休等非就业原因结束的除外）中，截止日至少一名成员就业的比例',
    irreversible: false,
    gapText: (n) => `还需 ${n} 户实现一人就业`,
    emptyText: '考核期间没有双下岗双失业家庭（分母为 0）',
  },
  'family-tracking-services': {
    id: 'family-tracking-services',
    label: '家庭跟踪服务记录',
    unit: 'ratio',
    windows: ['period', 'lastDays'],
    scopes: BOTH,
    definition: '期间内出现过的零就业或双失业家庭中，窗口内有跟踪服务记录（本户或成员）的比例',
    irreversible: false,
    gapText: (n) => `还需为 ${n} 户记载跟踪服务`,
    emptyText: '考核期间没有需要跟踪服务的家庭（分母为 0）',
  },
  'reemployment-rate': {
    id: 'reemployment-rate',
    label: '下岗失业人员再就业率',
    unit: 'ratio',
    windows: ['period'],
    scopes: BOTH,
    definition: '期间内有过失业登记、截止日仍在劳动力资源中且有就业愿望的人员里，截止日已就业的比例',
    irreversible: false,
    gapText: (n) => `还需 ${n} 人实现再就业`,
    emptyText: '考核期间没有仍在劳动力中的登记失业人员（分母为 0）',
  },
  'difficult-persons-employed': {
    id: 'difficult-persons-employed',
    label: '困难人员就业率',
    unit: 'ratio',
    windows: ['asOf'],
    scopes: BOTH,
    definition: '截止日劳动力资源中有就业愿望的困难人员（“4050”人员、已认定的就业困难人员等，由参数选定）里已就业的比例',
    irreversible: false,
    gapText: (n) => `还需 ${n} 名困难人员实现就业`,
    emptyText: '截止日没有有就业愿望的困难人员（分母为 0）',
  },
  'recognised-persons-served': {
    id: 'recognised-persons-served',
    label: '认定困难人员服务覆盖',
    unit: 'ratio',
    windows: ['asOf', 'period'],
    scopes: BOTH,
    definition: '截止日在册的已认定就业困难人员中，有指定种类服务记录（如援助协议“一人一策”）的比例',
    irreversible: false,
    gapText: (n) => `还需为 ${n} 名困难人员提供所需服务`,
    emptyText: '截止日没有已认定的就业困难人员（分母为 0）',
  },
  'commitment-on-time': {
    id: 'commitment-on-time',
    label: '特别困难人员即时就业承诺',
    unit: 'ratio',
    windows: ['period'],
    scopes: BOTH,
    definition: '期间内认定的特别困难人员中，认定后 N 天内（72 小时即 3 天）有即时就业承诺记录的比例；未到期限的为待办',
    irreversible: true,
    gapText: (n) => `本期已有 ${n} 人未按时作出即时就业承诺，本期内无法补救`,
    emptyText: '考核期间没有已到期限的特别困难人员认定（分母为 0）',
  },
  'ledger-completeness': {
    id: 'ledger-completeness',
    label: '人员信息完整率（计算机动态管理）',
    unit: 'ratio',
    windows: ['asOf'],
    scopes: BOTH,
    definition:
      '截止日的失业人员中“十清”台账项目齐全的比例，社区的“辖区单位用工需求”（近一个季度内登记）另计一份（或已认定的就业困难人员中“五清”齐全的比例，由参数选定）',
    irreversible: false,
    gapText: (n) => `还需补全 ${n} 份台账资料`,
    emptyText: '没有需要登记台账的人员（分母为 0）',
  },
  'communities-passing': {
    id: 'communities-passing',
    label: '所辖社区达标率',
    unit: 'ratio',
    windows: ['asOf'],
    scopes: ['street'],
    definition: '按同一标准考核，结论为“达标”的社区占全部社区的比例（街道考核项）',
    irreversible: false,
    gapText: (n) => `还需 ${n} 个社区达标`,
    emptyText: '街道尚未建立社区（分母为 0）',
  },
};

export const WINDOW_LABELS: Readonly<Record<WindowKind, string>> = {
  asOf: '截止日',
  period: '考核期间',
  lastDays: '最近若干天',
  months: '若干个月',
};

export function isMetricId(value: string): value is MetricId {
  return (METRIC_IDS as readonly string[]).includes(value);
}
