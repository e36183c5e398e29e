/**
 * Derived populations as of a date D (DOMAIN.md §3): the population settings, a person's badges, a household's
 * members and family episodes, and the street snapshot (counts per community).
 */
import { z } from 'zod';
import type { PopulationSettings as PopulationSettingsValue } from '../domain/population/settings';
import { Empty, Id, IsoDate } from './common';
import { JobStarted } from './jobs';
import { Relation } from './registry';

const Age = (label: string) =>
  z
    .number({ message: `${label}应为数字` })
    .int({ message: `${label}应为整数` })
    .min(16, { message: `${label}不能小于 16` })
    .max(75, { message: `${label}不能大于 75` });

const RetirementRule = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('reform2025') }),
    z.strictObject({ kind: z.literal('fixed'), men: Age('男性退休年龄'), women55: Age('女干部退休年龄'), women50: Age('女工人退休年龄') }),
  ],
  { message: '退休规则应为“2025 年渐进式延迟退休”或“固定年龄”' },
);

export const PopulationSettings = z.strictObject({
  retirementRule: RetirementRule,
  defaultWomenRetirementBase: z.union([z.literal(50), z.literal(55)], { message: '女性默认退休年龄基准只能是 50 或 55' }),
  age4050: z.strictObject({ women: Age('“4050”女性年龄'), men: Age('“4050”男性年龄') }),
  ruralExcludedFromZeroEmployment: z.boolean({ message: '农村户是否排除在零就业家庭之外应为“是”或“否”' }),
});
export type PopulationSettings = z.infer<typeof PopulationSettings>;
// The contract's schema describes exactly the domain's settings type.
const _sameShape: z.ZodType<PopulationSettingsValue> = PopulationSettings;
void _sameShape;

export const PersonBadges = z.object({
  personId: Id,
  asOf: z.string(),
  age: z.number().int(),
  /** The 16th birthday. */
  workingAgeFrom: z.string(),
  /** The statutory retirement date under the current settings (the first day past working age). */
  retirementOn: z.string(),
  workingAge: z.boolean(),
  archived: z.boolean(),
  /** A member of a household of the street on `asOf` (dated membership). */
  inStreet: z.boolean(),
  /** The household, relation and community on `asOf`; null when in none that day. */
  place: z
    .object({ householdId: Id, householdNumber: z.string(), relation: Relation, communityId: Id, communityName: z.string() })
    .nullable(),
  labourResource: z.boolean(),
  wish: z.boolean(),
  lfw: z.boolean(),
  employed: z.boolean(),
  unemployed: z.boolean(),
  registered: z.boolean(),
  longTermUnemployed: z.boolean(),
  is4050: z.boolean(),
});
export type PersonBadges = z.infer<typeof PersonBadges>;

export const FamilyEpisodeKind = z.enum(['zero_employment', 'double_unemployed']);
export const EpisodeEndReason = z.enum(['employed', 'aged_out', 'retired', 'moved_away', 'no_wish', 'business_income', 'not_urban', 'other']);

export const FamilyEpisodeRow = z.object({
  kind: FamilyEpisodeKind,
  appeared: z.string(),
  ended: z.string().nullable(),
  endReason: EpisodeEndReason.nullable(),
  /** Appeared on or before `asOf` and not ended by it. */
  presentOnDate: z.boolean(),
});
export type FamilyEpisodeRow = z.infer<typeof FamilyEpisodeRow>;

export const HouseholdPopulation = z.object({
  householdId: Id,
  asOf: z.string(),
  /** The members on `asOf` (dated membership), with their relation then. */
  members: z.array(z.object({ personId: Id, name: z.string(), relation: Relation, badges: PersonBadges })),
  /** Every episode that appeared on or before `asOf`, by appearance date; an end after `asOf` is not shown yet. */
  episodes: z.array(FamilyEpisodeRow),
  zeroEmployment: z.boolean(),
  doubleUnemployed: z.boolean(),
});
export type HouseholdPopulation = z.infer<typeof HouseholdPopulation>;

export const SnapshotCounts = z.object({
  /** 劳动力资源 */
  labourResources: z.number().int(),
  /** LF with an employment wish */
  lfw: z.number().int(),
  /** employed among LFW */
  employedLfw: z.number().int(),
  /** LFW and not employed */
  unemployed: z.number().int(),
  /** open unemployment registration */
  registeredUnemployed: z.number().int(),
  longTermUnemployed: z.number().int(),
  age4050: z.number().int(),
  zeroEmploymentFamilies: z.number().int(),
  doubleUnemployedFamilies: z.number().int(),
});
export type SnapshotCounts = z.infer<typeof SnapshotCounts>;

export const StreetSnapshot = z.object({
  asOf: z.string(),
  communities: z.array(z.object({ communityId: Id, code: z.string(), name: z.string(), counts: SnapshotCounts })),
  /** The sum over `communities` (only the chosen one when `communityId` was given). */
  total: SnapshotCounts,
});
export type StreetSnapshot = z.infer<typeof StreetSnapshot>;

export const populationContract = {
  'population.settings': { input: Empty, output: PopulationSettings, access: 'read' },
  /** Saves and recomputes every person's dates and every household's episodes (seconds on a large street): a job whose result is the saved PopulationSettings. */
  'population.setSettings': { input: PopulationSettings, output: JobStarted, access: 'admin' },
  'population.person': { input: z.strictObject({ personId: Id, asOf: IsoDate }), output: PersonBadges, access: 'read' },
  'population.household': { input: z.strictObject({ householdId: Id, asOf: IsoDate }), output: HouseholdPopulation, access: 'read' },
  'population.snapshot': { input: z.strictObject({ asOf: IsoDate, communityId: Id.nullish() }), output: StreetSnapshot, access: 'read' },
} as const;
