/**
 * A community's (or the street's) overall verdict, score, veto and star level from its items' verdicts
 * (the definition is documented in shared/contract/assessment.ts):
 * - fail: a veto item failed, or the failure is already decided (all-items: any item failed; min-score: even full
 *   points on every unrecorded manual item stay below the pass mark);
 * - pass: decided without the unrecorded items (all-items: every item passed; min-score: the score without them
 *   reaches the pass mark and no veto item is unrecorded);
 * - incomplete: otherwise — only unrecorded manual items stand between the unit and a pass.
 */
import type { Scoring, StarTier } from '../../contract/standards';

export type Verdict = 'pass' | 'fail' | 'unrecorded';
export type Overall = 'pass' | 'fail' | 'incomplete';

export interface ItemForVerdict {
  verdict: Verdict;
  veto: boolean;
  points: number | null;
  /** Points earned: full on pass, 0 on fail or unrecorded, the clerk's score when given. */
  earned: number | null;
}

export interface UnitOutcome {
  verdict: Overall;
  vetoed: boolean;
  score: number | null;
  maxScore: number | null;
  maxPossibleScore: number | null;
}

const round = (n: number) => Math.round(n * 100) / 100;

export function unitOutcome(items: readonly ItemForVerdict[], scoring: Scoring): UnitOutcome {
  const hasPoints = items.some((i) => i.points !== null);
  const score = hasPoints ? round(items.reduce((n, i) => n + (i.earned ?? 0), 0)) : null;
  const maxScore = hasPoints ? round(items.reduce((n, i) => n + (i.points ?? 0), 0)) : null;
  const unrecordedPoints = items.filter((i) => i.verdict === 'unrecorded').reduce((n, i) => n + (i.points ?? 0), 0);
  const maxPossibleScore = score === null ? null : round(score + unrecordedPoints);
  const vetoed = items.some((i) => i.veto && i.verdict === 'fail');
  const anyUnrecorded = items.some((i) => i.verdict === 'unrecorded');
  let verdict: Overall;
  if (vetoed) verdict = 'fail';
  else if (scoring.pass === 'all-items') {
    verdict = items.some((i) => i.verdict === 'fail') ? 'fail' : anyUnrecorded ? 'incomplete' : 'pass';
  } else {
    const reached = (score ?? 0) >= scoring.minScore;
    const reachable = (maxPossibleScore ?? 0) >= scoring.minScore;
    const vetoUnrecorded = items.some((i) => i.veto && i.verdict === 'unrecorded');
    verdict = !reachable ? 'fail' : reached && !vetoUnrecorded ? 'pass' : 'incomplete';
  }
  return { verdict, vetoed, score, maxScore, maxPossibleScore };
}

/** An item's standing for the star tiers: whether its compared quantity meets a threshold. */
export type TierCheck = (itemId: string, threshold: number) => boolean;

/**
 * The highest star level whose tier — and every lower tier — is met; 0 when none is, or the unit does not pass.
 * null when the standard defines no tiers.
 */
export function starLevel(tiers: readonly StarTier[] | undefined, verdict: Overall, score: number | null, meets: TierCheck): { stars: number | null; tier: StarTier | null } {
  if (!tiers || tiers.length === 0) return { stars: null, tier: null };
  if (verdict !== 'pass') return { stars: 0, tier: null };
  let reached: StarTier | null = null;
  for (const tier of tiers) {
    const thresholdsMet = Object.entries(tier.thresholds).every(([itemId, threshold]) => meets(itemId, threshold));
    const scoreMet = tier.minScore === undefined || (score !== null && score >= tier.minScore);
    if (!thresholdsMet || !scoreMet) break;
    reached = tier;
  }
  return { stars: reached?.stars ?? 0, tier: reached };
}
