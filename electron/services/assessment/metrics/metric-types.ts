/**
 * What a metric computes for one automatic item: per community (every community, zeros included) and for the
 * street, the quantity compared with the threshold, the subjects counting against it and those pending.
 * Subjects are ids here; names and keys are filled in once for the whole run (subjects.ts).
 */
import type { AssessmentRecord } from '../../../../shared/contract/assessment';
import type { AutoItem } from '../../../../shared/contract/standards';
import type { RunContext } from '../run-context';

export interface SubjectRef {
  kind: 'person' | 'household';
  id: number;
  reason: string;
  date: string | null;
}

export type Compared = { kind: 'ratio'; numerator: number; denominator: number } | { kind: 'count'; count: number };

export interface Outcome {
  compared: Compared;
  /** The count reported as the value when it is not the compared one (zero-employment: families present on D). */
  reportedCount: number | null;
  failing: SubjectRef[];
  pending: SubjectRef[];
  records: AssessmentRecord[];
  notes: string[];
  warnings: string[];
  /** Street outcomes that add up the communities: subjects are listed per community only. */
  summed: boolean;
}

export interface MetricOutcome {
  communities: Map<number, Outcome>;
  street: Outcome;
}

export type MetricCompute = (ctx: RunContext, item: AutoItem) => MetricOutcome;

export function emptyOutcome(kind: Compared['kind']): Outcome {
  return {
    compared: kind === 'ratio' ? { kind, numerator: 0, denominator: 0 } : { kind, count: 0 },
    reportedCount: null,
    failing: [],
    pending: [],
    records: [],
    notes: [],
    warnings: [],
    summed: false,
  };
}

/** One empty outcome per community of the run. */
export function perCommunity(ctx: RunContext, kind: Compared['kind']): Map<number, Outcome> {
  return new Map(ctx.communities.map((c) => [c.id, emptyOutcome(kind)]));
}

/** The outcome of community `id`, or null for a record whose household belongs to no community of the run. */
export function outcomeOf(map: Map<number, Outcome>, id: number): Outcome | null {
  return map.get(id) ?? null;
}

export function addRatio(outcome: Outcome, inNumerator: boolean): void {
  if (outcome.compared.kind !== 'ratio') throw new Error('addRatio on a count outcome');
  outcome.compared.denominator += 1;
  if (inNumerator) outcome.compared.numerator += 1;
}

export function addCount(outcome: Outcome, n = 1): void {
  if (outcome.compared.kind !== 'count') throw new Error('addCount on a ratio outcome');
  outcome.compared.count += n;
}

/** The street as the sum of its communities: numerators, denominators and counts added, subjects left per community. */
export function sumOfCommunities(communities: Map<number, Outcome>, kind: Compared['kind']): Outcome {
  const street = emptyOutcome(kind);
  street.summed = true;
  const warnings = new Set<string>();
  for (const outcome of communities.values()) {
    if (outcome.compared.kind === 'ratio' && street.compared.kind === 'ratio') {
      street.compared.numerator += outcome.compared.numerator;
      street.compared.denominator += outcome.compared.denominator;
    } else if (outcome.compared.kind === 'count' && street.compared.kind === 'count') {
      street.compared.count += outcome.compared.count;
    }
    if (outcome.reportedCount !== null) street.reportedCount = (street.reportedCount ?? 0) + outcome.reportedCount;
    for (const w of outcome.warnings) warnings.add(w);
  }
  street.warnings = [...warnings];
  return street;
}

export function withStreetSum(communities: Map<number, Outcome>, kind: Compared['kind']): MetricOutcome {
  return { communities, street: sumOfCommunities(communities, kind) };
}
