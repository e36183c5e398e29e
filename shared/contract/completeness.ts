/**
 * Data completeness (DOMAIN.md §5): the 十清 items of an unemployed person (and the destination of a re-employed
 * one), the 五清 items of a recognised difficult person, and per community the completeness rate.
 */
import { z } from 'zod';
import { FIVE_CLEAR_ITEMS, TEN_CLEAR_PERSON_ITEMS } from '../domain/completeness/items';
import { Id, IsoDate, streetScope } from './common';

export const ItemCheck = z.object({
  item: z.string(),
  label: z.string(),
  status: z.enum(['present', 'missing', 'not_applicable']),
  value: z.string().nullable(),
  toRecord: z.string().nullable(),
});
export type ItemCheck = z.infer<typeof ItemCheck>;

export const TenClearPersonItem = z.enum(TEN_CLEAR_PERSON_ITEMS);
export const FiveClearItem = z.enum(FIVE_CLEAR_ITEMS);

export const PersonCompleteness = z.object({
  personId: Id,
  asOf: z.string(),
  tenClear: z.object({
    /** `unemployed`: in U on the date; `reemployed`: registered unemployed when a spell open on the date began this period. */
    role: z.enum(['unemployed', 'reemployed']).nullable(),
    /** Why 十清 does not apply (role null). */
    why: z.string().nullable(),
    items: z.array(ItemCheck),
  }),
  fiveClear: z.object({
    recognisedOn: z.string().nullable(),
    why: z.string().nullable(),
    items: z.array(ItemCheck),
  }),
  /** Missing items of both lists. */
  missingCount: z.number().int(),
});
export type PersonCompleteness = z.infer<typeof PersonCompleteness>;

const Rate = z.number().nullable();

export const CommunityCompleteness = z.object({
  communityId: Id,
  code: z.string(),
  name: z.string(),
  /** Persons 十清 applies to (unemployed, and re-employed this period) … */
  concerned: z.number().int(),
  /** … of whom nothing is missing. */
  complete: z.number().int(),
  /** complete / concerned; null when nobody is concerned. */
  rate: Rate,
  missingByItem: z.record(TenClearPersonItem, z.number().int()),
  /** 辖区单位用工需求清 (the tenth item, per community). */
  employerDemand: ItemCheck,
  fiveClear: z.object({
    concerned: z.number().int(),
    complete: z.number().int(),
    rate: Rate,
    missingByItem: z.record(FiveClearItem, z.number().int()),
  }),
});
export type CommunityCompleteness = z.infer<typeof CommunityCompleteness>;

export const CompletenessSummary = z.object({
  asOf: z.string(),
  /** From the day after `asOf` − n months to `asOf`: the window employers' demand is looked for in. */
  demandWindow: z.object({ from: z.string(), to: z.string() }),
  /** The period re-employment is counted in: 1 January of the year to `asOf`. */
  period: z.object({ from: z.string(), to: z.string() }),
  communities: z.array(CommunityCompleteness),
  street: z.object({
    concerned: z.number().int(),
    complete: z.number().int(),
    rate: Rate,
    fiveClearConcerned: z.number().int(),
    fiveClearComplete: z.number().int(),
    fiveClearRate: Rate,
  }),
});
export type CompletenessSummary = z.infer<typeof CompletenessSummary>;

export const completenessContract = {
  'completeness.person': { input: z.strictObject({ personId: Id, asOf: IsoDate }), output: PersonCompleteness, access: 'read' },
  'completeness.community': { input: z.strictObject(streetScope), output: CompletenessSummary, access: 'read' },
} as const;
