/**
 * Assessment (DOMAIN.md §4, issue #6 item 3): every community and the street judged against a rule set for an
 * as-of date D and a period (default 1 January of D's year … D) — per item the value, threshold, verdict,
 * numerator/denominator, the persons or households behind a failure and those still pending; manual items with the
 * clerk's verdict and evidence; score, veto, star level and the overall verdict. Runs can be saved (frozen) and two
 * saved runs compared.
 *
 * Overall verdict (per community, and for the street):
 * - `fail` when a veto item fails, or when the recorded items already decide a failure: under `all-items` any item
 *   fails; under `min-score` even full points on every unrecorded manual item would stay below the pass mark;
 * - `pass` when the outcome is decided without the unrecorded manual items: under `all-items` every item passes
 *   (so no manual item is unrecorded); under `min-score` the score without them reaches the pass mark and no veto
 *   item is unrecorded;
 * - `incomplete` otherwise: nothing has failed yet and only manual items nobody has judged stand between the unit
 *   and a pass. Under `all-items` this is exactly "every automatic item passes, every judged manual item passes,
 *   and some manual item is unrecorded".
 */
import { z } from 'zod';
import { Id, IdInput, IsoDate } from './common';
import { Comparator, ItemScope } from './standards';

const Slug = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: '编号只能由小写字母、数字和连字符组成' });
const VersionText = z.string().trim().min(1, { message: '版本不能为空' }).max(30, { message: '版本不能超过 30 个字' });

export const ItemVerdict = z.enum(['pass', 'fail', 'unrecorded']);
export type ItemVerdict = z.infer<typeof ItemVerdict>;
export const OverallVerdict = z.enum(['pass', 'fail', 'incomplete']);
export type OverallVerdict = z.infer<typeof OverallVerdict>;

/** A person or household behind a failure, or still pending. */
export const AssessmentSubject = z.object({
  kind: z.enum(['person', 'household']),
  /** 身份证号码 of a person, 户编号 of a household. */
  key: z.string(),
  personId: Id.nullable(),
  householdId: Id.nullable(),
  /** A person's name; a household's head (or its number when it has no head). */
  name: z.string(),
  /** Chinese: why the subject counts against the item, or why it is pending. */
  reason: z.string(),
  /** The date the reason turns on (registration day, deadline, appearance), if any. */
  date: z.string().nullable(),
});
export type AssessmentSubject = z.infer<typeof AssessmentSubject>;

/** Something behind an item that is neither a person nor a household: a complaint, a community (street items). */
export const AssessmentRecord = z.object({
  kind: z.enum(['complaint', 'community']),
  id: Id,
  /** The complaint's number, the community's 12-digit code. */
  key: z.string(),
  name: z.string(),
  date: z.string().nullable(),
  status: z.enum(['failing', 'pending']),
  reason: z.string(),
});
export type AssessmentRecord = z.infer<typeof AssessmentRecord>;

export const ManualVerdictView = z.object({
  id: Id,
  standardId: z.string(),
  itemId: z.string(),
  /** null: the street's own item. */
  communityId: Id.nullable(),
  periodFrom: z.string(),
  periodTo: z.string(),
  verdict: z.enum(['pass', 'fail']),
  score: z.number().nullable(),
  evidence: z.string().nullable(),
  recordedBy: z.string(),
  recordedAt: z.string(),
});
export type ManualVerdictView = z.infer<typeof ManualVerdictView>;

export const DateSpan = z.object({ from: z.string(), to: z.string() });

export const ItemResult = z.object({
  id: z.string(),
  name: z.string(),
  category: z.string().nullable(),
  description: z.string().nullable(),
  kind: z.enum(['auto', 'manual']),
  scope: ItemScope,
  metric: z.string().nullable(),
  metricLabel: z.string().nullable(),
  comparator: Comparator.nullable(),
  threshold: z.number().nullable(),
  /** `ratio`: value, threshold between 0 and 1; `count`: persons, households or complaints. null for manual items. */
  unit: z.enum(['ratio', 'count']).nullable(),
  /** The dates the item looked at (the period, the last 90 days, or just D); null for a duration in months. */
  window: DateSpan.nullable(),
  verdict: ItemVerdict,
  /** Ratio items: numerator / denominator (null when the denominator is 0); count items: the count. */
  value: z.number().nullable(),
  numerator: z.number().int().nullable(),
  denominator: z.number().int().nullable(),
  /** How far from passing: "还需 2 人实现就业"; null when the item passes or cannot say. */
  gap: z.object({ count: z.number().int(), text: z.string() }).nullable(),
  /** Chinese: an empty denominator explained, how a manual item was judged, and the like. */
  note: z.string().nullable(),
  warnings: z.array(z.string()),
  points: z.number().nullable(),
  /** Points earned (full when passed, the clerk's score for a manual item); null without points. */
  earned: z.number().nullable(),
  hard: z.boolean(),
  veto: z.boolean(),
  /**
   * Subjects counting against the item — the unemployed behind a rate, a late guidance, an overdue family — listed
   * whenever there are any, whether or not the item as a whole passes (a rate may tolerate a few).
   */
  failing: z.array(AssessmentSubject),
  pending: z.array(AssessmentSubject),
  records: z.array(AssessmentRecord),
  failingCount: z.number().int(),
  pendingCount: z.number().int(),
  /** Street items that add up the communities: their subjects are listed under each community, not repeated here. */
  subjectsListedPerCommunity: z.boolean(),
  manual: ManualVerdictView.nullable(),
  checklist: z.array(z.string()).nullable(),
  /** Star tiers' thresholds for this item, and whether the value meets each. */
  tiers: z.array(z.object({ stars: z.number().int(), threshold: z.number(), met: z.boolean() })).nullable(),
});
export type ItemResult = z.infer<typeof ItemResult>;

export const UnitResult = z.object({
  scope: z.enum(['community', 'street']),
  /** null for the street. */
  communityId: Id.nullable(),
  code: z.string(),
  name: z.string(),
  verdict: OverallVerdict,
  /** Points earned (unrecorded manual items count 0); null when the standard gives no points. */
  score: z.number().nullable(),
  maxScore: z.number().nullable(),
  /** The score if every unrecorded manual item got full points. */
  maxPossibleScore: z.number().nullable(),
  minScore: z.number().nullable(),
  /** A veto item failed. */
  vetoed: z.boolean(),
  /** The star level reached (0: none); null when the standard has no tiers. */
  stars: z.number().int().nullable(),
  starName: z.string().nullable(),
  /** Chinese, one line each: why the verdict is what it is. */
  reasons: z.array(z.string()),
  /** Whether anyone lives there on D (not archived): a community without residents says so in `reasons`. */
  hasResidents: z.boolean(),
  /** Labour resources (LF) on D, when an item needed them; null otherwise. */
  labourResources: z.number().int().nullable(),
  items: z.array(ItemResult),
});
export type UnitResult = z.infer<typeof UnitResult>;

export const StandardBrief = z.object({ rowId: Id, id: z.string(), version: z.string(), name: z.string(), source: z.string(), example: z.boolean() });
export type StandardBrief = z.infer<typeof StandardBrief>;

export const AssessmentRun = z.object({
  standard: StandardBrief,
  asOf: z.string(),
  period: DateSpan,
  computedAt: z.string(),
  /**
   * Chinese: the as-of date lies beyond the working calendar's years, or a guidance deadline does. Such a deadline is
   * computed by the plain Monday–Friday week (the calendar's own guess); the registration's reason and the item say
   * so and the verdict stands on that guess — a warning, not an error, since every other item is unaffected. Import
   * the bureau's calendar for that year to make it certain.
   */
  warnings: z.array(z.string()),
  calendar: z.object({ firstYear: z.number().int(), lastYear: z.number().int() }),
  /** By community code; only the chosen one when `communityId` was given. */
  communities: z.array(UnitResult),
  street: UnitResult,
});
export type AssessmentRun = z.infer<typeof AssessmentRun>;

/**
 * Which assessment: the standard (version omitted: its most recently added one), the as-of day, and the period's first
 * day (omitted: 1 January of the as-of year).
 */
const assessmentChoice = { standardId: Slug, version: VersionText.optional(), asOf: IsoDate, from: IsoDate.optional() };

export const RunInput = z.strictObject({
  ...assessmentChoice,
  /** Only this community in `communities` (the street is still computed from all of them). */
  communityId: Id.optional(),
});
export type RunInput = z.infer<typeof RunInput>;

export const RecordManualInput = z
  .strictObject({
    standardId: Slug,
    itemId: Slug,
    /** null: the street's own item. */
    communityId: Id.nullable(),
    periodFrom: IsoDate,
    periodTo: IsoDate,
    verdict: z.enum(['pass', 'fail'], { message: '评定结论应为“达标”或“不达标”' }),
    /** Points given, for a standard with points (0 … the item's points); omitted: full points if passed, 0 if not. */
    score: z.number({ message: '得分应为数字' }).min(0, { message: '得分不能为负数' }).nullable().optional(),
    evidence: z.string().trim().min(1, { message: '请填写评定依据（检查了什么、看到了什么）' }).max(1000, { message: '评定依据不能超过 1000 个字' }),
  })
  .superRefine((value, ctx) => {
    if (value.periodTo < value.periodFrom) ctx.addIssue({ code: 'custom', path: ['periodTo'], message: '期间结束日不能早于开始日' });
  });
export type RecordManualInput = z.infer<typeof RecordManualInput>;

export const SaveInput = z.strictObject({
  ...assessmentChoice,
  note: z.string().trim().max(500, { message: '备注不能超过 500 个字' }).optional(),
});
export type SaveInput = z.infer<typeof SaveInput>;

export const SavedSummary = z.object({
  /** The saved run (its street row in `assessments`). */
  id: Id,
  standard: z.object({ id: z.string(), version: z.string(), name: z.string() }),
  asOf: z.string(),
  period: DateSpan,
  savedAt: z.string(),
  savedBy: z.string(),
  note: z.string().nullable(),
  /** The street's verdict, score and stars. */
  ...UnitResult.pick({ verdict: true, score: true, stars: true }).shape,
  communities: z.object({ pass: z.number().int(), fail: z.number().int(), incomplete: z.number().int() }),
});
export type SavedSummary = z.infer<typeof SavedSummary>;

export const SavedAssessment = z.object({ summary: SavedSummary, run: AssessmentRun });
export type SavedAssessment = z.infer<typeof SavedAssessment>;

const UnitBrief = UnitResult.pick({ verdict: true, score: true, stars: true });
const ItemBrief = ItemResult.pick({
  verdict: true,
  value: true,
  threshold: true,
  numerator: true,
  denominator: true,
  failingCount: true,
  pendingCount: true,
});

export const ComparisonRow = z.object({
  scope: z.enum(['community', 'street']),
  code: z.string(),
  name: z.string(),
  /** null: the unit is not in that run (a community added later). */
  a: UnitBrief.nullable(),
  b: UnitBrief.nullable(),
  verdictChanged: z.boolean(),
  items: z.array(z.object({ id: z.string(), name: z.string(), a: ItemBrief.nullable(), b: ItemBrief.nullable(), changed: z.boolean() })),
});
export type ComparisonRow = z.infer<typeof ComparisonRow>;

export const Comparison = z.object({
  a: SavedSummary,
  b: SavedSummary,
  /** The street first, then the communities by code. */
  rows: z.array(ComparisonRow),
});
export type Comparison = z.infer<typeof Comparison>;

export const assessmentContract = {
  'assessment.run': { input: RunInput, output: AssessmentRun, access: 'read' },
  'assessment.recordManual': { input: RecordManualInput, output: ManualVerdictView, access: 'write' },
  'assessment.save': { input: SaveInput, output: SavedSummary, access: 'write' },
  'assessment.listSaved': {
    input: z.strictObject({ standardId: Slug.optional(), limit: z.number().int().min(1).max(500).optional() }),
    output: z.array(SavedSummary),
    access: 'read',
  },
  'assessment.getSaved': { input: IdInput, output: SavedAssessment, access: 'read' },
  'assessment.compare': { input: z.strictObject({ a: Id, b: Id }), output: Comparison, access: 'read' },
} as const;
