/**
 * Standards as data (DOMAIN.md §4, issue #6 item 2): a versioned rule set — items with a metric the engine
 * implements (shared/domain/assessment/metric-catalogue.ts), a comparator, a threshold, a window, parameters
 * (day counts…), points, hard/veto flags, manual or automatic — optional star tiers and a pass rule.
 * Thresholds, windows and day counts live here, in the data; the engine has none of its own.
 *
 * The same schema checks the built-in presets (shared/domain/standards/presets/*.json) and a bureau's file
 * (`standards.import`). Every problem names its field path, e.g. `items[3].threshold：应在 0 到 1 之间`.
 */
import { z } from 'zod';
import { METRIC_IDS, METRICS, WINDOW_LABELS } from '../domain/assessment/metric-catalogue';
import type { MetricId } from '../domain/assessment/metric-catalogue';
import { SERVICE_KINDS } from '../domain/workbook/records';
import { formatIssuePath } from '../domain/standards/issue-path';
import { Empty, Id } from './common';
import { FileRef } from './workbook';

const missingOr = (label: string, what: string) => (issue: { input: unknown }) => (issue.input === undefined ? `缺少${label}` : `${label}${what}`);

const Text = (label: string, max: number) =>
  z
    .string({ error: missingOr(label, '应为文字') })
    .trim()
    .min(1, { message: `${label}不能为空` })
    .max(max, { message: `${label}不能超过 ${max} 个字` });

const OptionalText = (label: string, max: number) => z.string({ error: `${label}应为文字` }).trim().max(max, { message: `${label}不能超过 ${max} 个字` }).optional();

const Flag = (label: string) => z.boolean({ error: `${label}应为 true 或 false` });

const Int = (label: string, min: number, max: number) =>
  z
    .number({ error: missingOr(label, '应为数字') })
    .int({ message: `${label}应为整数` })
    .min(min, { message: `${label}不能小于 ${min}` })
    .max(max, { message: `${label}不能大于 ${max}` });

/** Ids of standards and items: lower-case letters, digits and hyphens (`chongqing-2007`, `employment-rate`). */
const Slug = (label: string) =>
  z
    .string({ error: missingOr(label, '应为文字') })
    .regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: `${label}只能由小写字母、数字和连字符组成（如 employment-rate），不超过 64 个字符` });

export const Comparator = z.enum(['>=', '>', '<=', '<', '=='], {
  error: (issue) => (issue.input === undefined ? '缺少比较方式（comparator）' : `比较方式“${String(issue.input)}”无效，应为 >=、>、<=、< 或 ==`),
});
export type Comparator = z.infer<typeof Comparator>;

export const Metric = z.enum(METRIC_IDS, {
  error: (issue) =>
    issue.input === undefined ? '缺少指标（metric）' : `未知的指标“${String(issue.input)}”；本程序能计算的指标：${METRIC_IDS.join('、')}`,
});

export const ItemWindow = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('asOf') }),
    z.strictObject({ kind: z.literal('period') }),
    z.strictObject({ kind: z.literal('lastDays'), days: Int('天数（days）', 1, 3660) }),
    z.strictObject({ kind: z.literal('months'), months: Int('月数（months）', 1, 240) }),
  ],
  { error: '时间窗口（window.kind）应为 asOf（截止日）、period（考核期间）、lastDays（最近若干天）或 months（若干个月）' },
);
export type ItemWindow = z.infer<typeof ItemWindow>;

const ServiceKindParam = z.enum(SERVICE_KINDS, { error: (issue) => `服务类型“${String(issue.input)}”无效，应为：${SERVICE_KINDS.join('、')}` });

export const DIFFICULT_GROUPS = ['4050', 'recognised', 'dibao', 'zero-employment-family'] as const;
export const DIFFICULT_GROUP_LABELS: Readonly<Record<(typeof DIFFICULT_GROUPS)[number], string>> = {
  '4050': '“4050”人员',
  recognised: '已认定的就业困难人员',
  dibao: '低保家庭成员',
  'zero-employment-family': '零就业家庭成员',
};

/** Each metric's parameters (day counts and choices), with their defaults. Unknown parameters are refused. */
export const METRIC_PARAMS = {
  'employment-rate': z.strictObject({}),
  'zero-employment-clearance': z.strictObject({}),
  'dibao-unemployed-share': z.strictObject({}),
  'guidance-on-time': z.strictObject({ workingDays: Int('工作日数（workingDays）', 1, 60) }),
  'long-term-unemployed': z.strictObject({}),
  'valid-complaints': z.strictObject({}),
  'active-job-preparation': z.strictObject({
    /** Where migrant workers in LF must have had a service; null = migrant workers are not checked. */
    migrantWindow: z
      .discriminatedUnion(
        'kind',
        [z.strictObject({ kind: z.literal('period') }), z.strictObject({ kind: z.literal('lastDays'), days: Int('天数（days）', 1, 3660) })],
        { error: '农民工服务窗口（migrantWindow.kind）应为 period 或 lastDays' },
      )
      .nullable()
      .default(null),
    /** A service recorded for the whole household counts for its members. */
    includeHouseholdServices: Flag('是否计入户服务（includeHouseholdServices）').default(true),
  }),
  'double-unemployed-placement': z.strictObject({}),
  'family-tracking-services': z.strictObject({
    familyKind: z.enum(['zero_employment', 'double_unemployed'], { error: '家庭类别（familyKind）应为 zero_employment（零就业家庭）或 double_unemployed（双失业家庭）' }),
  }),
  'reemployment-rate': z.strictObject({}),
  'difficult-persons-employed': z.strictObject({
    groups: z
      .array(z.enum(DIFFICULT_GROUPS, { error: `困难人员类别应为：${DIFFICULT_GROUPS.join('、')}` }), { error: '困难人员类别（groups）应为列表' })
      .min(1, { message: '困难人员类别（groups）至少选一项' }),
  }),
  'recognised-persons-served': z.strictObject({
    serviceKinds: z.array(ServiceKindParam, { error: '服务类型（serviceKinds）应为列表' }).min(1, { message: '服务类型（serviceKinds）至少选一项' }),
  }),
  'commitment-on-time': z.strictObject({ days: Int('天数（days）', 1, 30) }),
  'ledger-completeness': z
    .strictObject({
      /** 十清 of the unemployed (seed 001) or 五清 of recognised difficult persons (seed 003). */
      checklist: z.enum(['ten-clear', 'five-clear'], { error: '台账清单（checklist）应为 ten-clear（十清）或 five-clear（五清）' }).default('ten-clear'),
      /**
       * 十清 only: the community's tenth item, employers' demand recorded in the last quarter (DOMAIN §5), counts as one
       * more share of the ratio — missing, the community loses it. Counted unless set to false.
       */
      employerDemand: Flag('计入辖区单位用工需求（employerDemand）').optional(),
    })
    .refine((p) => !(p.checklist === 'five-clear' && p.employerDemand === true), {
      path: ['employerDemand'],
      message: '辖区单位用工需求（employerDemand）属于“十清”，只能与 checklist: ten-clear 同用',
    }),
  'communities-passing': z.strictObject({}),
} as const satisfies Record<MetricId, z.ZodType>;

export type MetricParams<M extends MetricId> = z.output<(typeof METRIC_PARAMS)[M]>;

export const ItemScope = z.enum(['community', 'street', 'both'], { error: '适用范围（scope）应为 community（社区）、street（街道）或 both（两者）' });
export type ItemScope = z.infer<typeof ItemScope>;

const itemBase = {
  id: Slug('考核项编号（id）'),
  name: Text('考核项名称（name）', 120),
  category: OptionalText('类别（category）', 40),
  description: OptionalText('说明（description）', 1000),
  scope: ItemScope.default('both'),
  points: z.number({ error: '分值（points）应为数字' }).min(0, { message: '分值（points）不能为负数' }).max(1000, { message: '分值（points）不能大于 1000' }).optional(),
  hard: Flag('硬性指标（hard）').default(false),
  veto: Flag('一票否决（veto）').default(false),
};

export const AutoItem = z.strictObject({
  ...itemBase,
  kind: z.literal('auto'),
  metric: Metric,
  comparator: Comparator,
  threshold: z.number({ error: missingOr('达标值（threshold）', '应为数字') }),
  window: ItemWindow,
  params: z.record(z.string(), z.unknown(), { error: '参数（params）应为对象' }).default({}),
  /** The verdict when a ratio has nothing to count (denominator 0); the result always says why. */
  whenEmpty: z.enum(['pass', 'fail'], { error: '分母为 0 时的结论（whenEmpty）应为 pass 或 fail' }).default('pass'),
});
export type AutoItem = z.infer<typeof AutoItem>;

export const ManualItem = z.strictObject({
  ...itemBase,
  kind: z.literal('manual'),
  /** What the clerk checks (六到位: 机构、人员、经费、场地、制度、成效). */
  checklist: z.array(Text('检查要点', 200)).max(30, { message: '检查要点不能超过 30 条' }).optional(),
});
export type ManualItem = z.infer<typeof ManualItem>;

export const StandardItem = z.discriminatedUnion('kind', [AutoItem, ManualItem], {
  error: (issue) => (issue.input === undefined ? '缺少考核项' : '考核方式（kind）应为 auto（自动计算）或 manual（人工评定）'),
});
export type StandardItem = z.infer<typeof StandardItem>;

export const Scoring = z.discriminatedUnion(
  'pass',
  [z.strictObject({ pass: z.literal('all-items') }), z.strictObject({ pass: z.literal('min-score'), minScore: z.number({ error: '及格分（minScore）应为数字' }).min(0, { message: '及格分（minScore）不能为负数' }) })],
  { error: '达标规则（scoring.pass）应为 all-items（每项达标）或 min-score（总分达到及格分）' },
);
export type Scoring = z.infer<typeof Scoring>;

export const StarTier = z.strictObject({
  stars: Int('星级（stars）', 1, 5),
  name: Text('星级名称（name）', 40),
  /** True while the thresholds are an example (示例) and no bureau has issued real ones. */
  example: Flag('示例（example）').default(false),
  /** Per automatic item id: the stricter threshold of this tier (same comparator as the item). */
  thresholds: z.record(z.string(), z.number({ error: '星级达标值应为数字' }), { error: '星级达标值（thresholds）应为对象' }),
  minScore: z.number({ error: '星级最低分（minScore）应为数字' }).min(0, { message: '星级最低分（minScore）不能为负数' }).optional(),
});
export type StarTier = z.infer<typeof StarTier>;

function checkThreshold(metric: MetricId, value: number): string | null {
  if (METRICS[metric].unit === 'ratio') return value >= 0 && value <= 1 ? null : '应在 0 到 1 之间（比例，如 0.95 表示 95%）';
  return Number.isInteger(value) && value >= 0 ? null : '应为不小于 0 的整数（人数、户数或件数）';
}

type Ctx = z.RefinementCtx;

function checkAutoItem(item: AutoItem, at: number, ctx: Ctx): void {
  const info = METRICS[item.metric];
  const problem = checkThreshold(item.metric, item.threshold);
  if (problem) ctx.addIssue({ code: 'custom', path: ['items', at, 'threshold'], message: problem });
  if (!info.windows.includes(item.window.kind)) {
    const allowed = info.windows.map((w) => `${w}（${WINDOW_LABELS[w]}）`).join('、');
    ctx.addIssue({ code: 'custom', path: ['items', at, 'window', 'kind'], message: `指标“${info.label}”的时间窗口只能是 ${allowed}` });
  }
  if (item.scope === 'both' ? info.scopes.length < 2 : !info.scopes.includes(item.scope)) {
    ctx.addIssue({ code: 'custom', path: ['items', at, 'scope'], message: `指标“${info.label}”只能用于${info.scopes.map((s) => (s === 'street' ? '街道（street）' : '社区（community）')).join('、')}` });
  }
  const params = METRIC_PARAMS[item.metric].safeParse(item.params);
  if (!params.success) {
    for (const issue of params.error.issues) {
      const message = issue.code === 'unrecognized_keys' ? `指标“${info.label}”没有参数：${issue.keys.join('、')}` : issue.message;
      ctx.addIssue({ code: 'custom', path: ['items', at, 'params', ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))], message });
    }
  }
}

function scopeTotals(items: readonly StandardItem[]): { community: number; street: number } {
  const total = { community: 0, street: 0 };
  for (const item of items) {
    if (item.scope !== 'street') total.community += item.points ?? 0;
    if (item.scope !== 'community') total.street += item.points ?? 0;
  }
  return total;
}

function checkTiers(tiers: readonly StarTier[], items: readonly StandardItem[], ctx: Ctx): void {
  const autoById = new Map(items.flatMap((item) => (item.kind === 'auto' ? [[item.id, item] as const] : [])));
  tiers.forEach((tier, t) => {
    const previous = tiers[t - 1];
    if (previous && tier.stars <= previous.stars) ctx.addIssue({ code: 'custom', path: ['tiers', t, 'stars'], message: '星级应从低到高排列且不重复' });
    if (Object.keys(tier.thresholds).length === 0 && tier.minScore === undefined) {
      ctx.addIssue({ code: 'custom', path: ['tiers', t, 'thresholds'], message: '每个星级至少给出一项达标值或最低分' });
    }
    for (const [itemId, value] of Object.entries(tier.thresholds)) {
      const item = autoById.get(itemId);
      if (!item) {
        ctx.addIssue({ code: 'custom', path: ['tiers', t, 'thresholds', itemId], message: `没有编号为 ${itemId} 的自动考核项` });
        continue;
      }
      const problem = checkThreshold(item.metric, value);
      if (problem) ctx.addIssue({ code: 'custom', path: ['tiers', t, 'thresholds', itemId], message: problem });
    }
  });
}

export const StandardDefinition = z
  .strictObject({
    id: Slug('标准编号（id）'),
    version: Text('版本（version）', 30),
    name: Text('标准名称（name）', 120),
    /** The document the rule set comes from (文件名称、文号), shown with every assessment. */
    source: Text('依据文件（source）', 500),
    note: OptionalText('备注（note）', 2000),
    /** The whole rule set is an example (示例) rather than an issued standard. */
    example: Flag('示例（example）').default(false),
    items: z.array(StandardItem, { error: '考核项（items）应为列表' }).min(1, { message: '至少要有一个考核项（items）' }).max(100, { message: '考核项不能超过 100 个' }),
    scoring: Scoring,
    tiers: z.array(StarTier, { error: '星级（tiers）应为列表' }).max(5, { message: '星级不能超过 5 个' }).optional(),
  })
  .superRefine((standard, ctx) => {
    const seen = new Map<string, number>();
    standard.items.forEach((item, at) => {
      const first = seen.get(item.id);
      if (first !== undefined) ctx.addIssue({ code: 'custom', path: ['items', at, 'id'], message: `与 items[${first}] 的编号 ${item.id} 重复` });
      else seen.set(item.id, at);
      if (item.kind === 'auto') checkAutoItem(item, at, ctx);
      if (standard.scoring.pass === 'min-score' && item.points === undefined) {
        ctx.addIssue({ code: 'custom', path: ['items', at, 'points'], message: '按总分考核的标准须为每个考核项给出分值' });
      }
    });
    if (standard.scoring.pass === 'min-score') {
      const totals = scopeTotals(standard.items);
      const hasStreetItems = standard.items.some((i) => i.scope !== 'community');
      if (standard.scoring.minScore > totals.community || (hasStreetItems && standard.scoring.minScore > totals.street)) {
        ctx.addIssue({ code: 'custom', path: ['scoring', 'minScore'], message: `及格分超过了总分（社区 ${totals.community} 分，街道 ${totals.street} 分）` });
      }
    }
    if (standard.tiers) checkTiers(standard.tiers, standard.items, ctx);
  });
export type StandardDefinition = z.output<typeof StandardDefinition>;
export type StandardDefinitionInput = z.input<typeof StandardDefinition>;

/** A problem in a rule-set file: `items[3].threshold` and what is wrong with it. */
export interface RuleSetProblem {
  path: string;
  message: string;
}

/** Parses a rule set; on failure, every problem with its field path. */
export function parseStandard(value: unknown): { ok: true; standard: StandardDefinition } | { ok: false; problems: RuleSetProblem[] } {
  const parsed = StandardDefinition.safeParse(value);
  if (parsed.success) return { ok: true, standard: parsed.data };
  return {
    ok: false,
    problems: parsed.error.issues.map((issue) => ({
      path: formatIssuePath(issue.path),
      message: issue.code === 'unrecognized_keys' ? `不认识的字段：${issue.keys.join('、')}` : issue.message,
    })),
  };
}

/** The typed parameters of an automatic item (defaults filled in). The item was validated, so this cannot fail. */
export function paramsOf<M extends MetricId>(item: AutoItem & { metric: M }): MetricParams<M> {
  return METRIC_PARAMS[item.metric].parse(item.params) as MetricParams<M>;
}

// ---------------------------------------------------------------- API

export const StandardSummary = z.object({
  /** The `standards` row: one per id and version. */
  rowId: Id,
  id: z.string(),
  version: z.string(),
  name: z.string(),
  source: z.string(),
  builtin: z.boolean(),
  example: z.boolean(),
  /** The most recently added version of this id: what `assessment.run` uses when no version is given. */
  latest: z.boolean(),
  itemCount: z.number().int(),
  manualItemCount: z.number().int(),
  /** Items assessed for each community, and for the street as a whole. */
  communityItemCount: z.number().int(),
  streetItemCount: z.number().int(),
  /** Total points of the community items; null when the standard gives no points. */
  maxScore: z.number().nullable(),
  passRule: z.enum(['all-items', 'min-score']),
  minScore: z.number().nullable(),
  /** Star levels the standard defines, ascending (empty without tiers). */
  stars: z.array(z.number().int()),
  addedAt: z.string(),
});
export type StandardSummary = z.infer<typeof StandardSummary>;

export const StandardDetail = z.object({
  summary: StandardSummary,
  definition: z.custom<StandardDefinition>(),
  /** Chinese labels of the metrics the items use, by metric id. */
  metricLabels: z.record(z.string(), z.string()),
});
export type StandardDetail = z.infer<typeof StandardDetail>;

export const StandardRef = z.strictObject({
  id: Slug('标准编号（id）'),
  /** Omitted: the most recently added version. */
  version: z.string().trim().min(1).max(30).optional(),
});

export const StandardImportResult = z.object({
  summary: StandardSummary,
  /** False when the same id and version with the same content was already there (nothing written). */
  created: z.boolean(),
});
export type StandardImportResult = z.infer<typeof StandardImportResult>;

export const standardsContract = {
  'standards.list': { input: Empty, output: z.array(StandardSummary), access: 'read' },
  'standards.get': { input: StandardRef, output: StandardDetail, access: 'read' },
  'standards.import': { input: z.strictObject({ file: FileRef }), output: StandardImportResult, access: 'admin' },
} as const;
