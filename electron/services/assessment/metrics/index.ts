/** Every metric the engine implements, by id (shared/domain/assessment/metric-catalogue.ts lists them). */
import type { AutoItem } from '../../../../shared/contract/standards';
import type { MetricId } from '../../../../shared/domain/assessment/metric-catalogue';
import type { RunContext } from '../run-context';
import { validComplaints } from './complaint-metric';
import { ledgerCompleteness } from './completeness-metric';
import { doubleUnemployedPlacement, familyTrackingServices, zeroEmploymentClearance } from './family-metrics';
import type { MetricOutcome } from './metric-types';
import { difficultPersonsEmployed, dibaoUnemployedShare, employmentRate, reemploymentRate } from './population-metrics';
import { guidanceOnTime, longTermUnemployed } from './registration-metrics';
import { activeJobPreparation, commitmentOnTime, recognisedPersonsServed } from './service-metrics';

type Of<M extends MetricId> = AutoItem & { metric: M };

/** `communities-passing` is not here: it needs the communities' verdicts (run-assessment.ts computes it). */
export function computeMetric(ctx: RunContext, item: AutoItem): MetricOutcome {
  switch (item.metric) {
    case 'employment-rate':
      return employmentRate(ctx);
    case 'zero-employment-clearance':
      return zeroEmploymentClearance(ctx, item);
    case 'dibao-unemployed-share':
      return dibaoUnemployedShare(ctx);
    case 'guidance-on-time':
      return guidanceOnTime(ctx, item as Of<'guidance-on-time'>);
    case 'long-term-unemployed':
      return longTermUnemployed(ctx, item);
    case 'valid-complaints':
      return validComplaints(ctx, item);
    case 'active-job-preparation':
      return activeJobPreparation(ctx, item as Of<'active-job-preparation'>);
    case 'double-unemployed-placement':
      return doubleUnemployedPlacement(ctx, item);
    case 'family-tracking-services':
      return familyTrackingServices(ctx, item as Of<'family-tracking-services'>);
    case 'reemployment-rate':
      return reemploymentRate(ctx, item);
    case 'difficult-persons-employed':
      return difficultPersonsEmployed(ctx, item as Of<'difficult-persons-employed'>);
    case 'recognised-persons-served':
      return recognisedPersonsServed(ctx, item as Of<'recognised-persons-served'>);
    case 'commitment-on-time':
      return commitmentOnTime(ctx, item as Of<'commitment-on-time'>);
    case 'ledger-completeness':
      return ledgerCompleteness(ctx, item as Of<'ledger-completeness'>);
    case 'communities-passing':
      throw new Error('communities-passing is computed from the communities’ verdicts');
  }
}
