/** Household shapes: who lives together (head, spouse, children, parents, a grandchild), with ages at the as-of date. */
import type { Relation } from '../../../shared/domain/workbook/records';
import type { Rng, WeightedTable } from './random';
import { weightedTable } from './random';

export interface MemberSpec {
  relation: Relation;
  gender: 'M' | 'F';
  /** Whole years at the as-of date. */
  age: number;
}

interface Shape {
  spouse: boolean;
  children: number;
  parents: boolean;
  grandchild: boolean;
}

const shape = (spouse: boolean, children: number, parents = false, grandchild = false): Shape => ({ spouse, children, parents, grandchild });
const SINGLE = shape(false, 0);
const COUPLE = shape(true, 0);

/** Head's age in 5-year bands (weights), tuned for a working-age-heavy urban street. */
const HEAD_AGE = weightedTable<number>([
  [20, 3], [25, 10], [30, 13], [35, 13], [40, 12], [45, 11], [50, 10], [55, 8], [60, 5.5], [65, 4.5], [70, 3.5], [75, 2.5], [80, 2], [85, 1],
]);

/** Shapes by the head's age: [below this age, table]. */
const SHAPES_BY_AGE: [number, WeightedTable<Shape>][] = [
  [30, weightedTable([[SINGLE, 38], [COUPLE, 24], [shape(true, 1), 24], [shape(true, 1, true), 6], [shape(false, 1), 3], [shape(false, 0, true), 5]])],
  [45, weightedTable([[SINGLE, 11], [COUPLE, 9], [shape(true, 1), 36], [shape(true, 2), 18], [shape(true, 1, true), 14], [shape(true, 2, true), 4], [shape(false, 1), 8]])],
  [60, weightedTable([[SINGLE, 11], [COUPLE, 26], [shape(true, 1), 35], [shape(true, 2), 7], [shape(true, 1, true), 8], [shape(false, 1), 7], [shape(true, 1, false, true), 6]])],
  [75, weightedTable([[SINGLE, 20], [COUPLE, 48], [shape(true, 1), 20], [shape(true, 1, false, true), 12]])],
  [200, weightedTable([[SINGLE, 45], [COUPLE, 40], [shape(false, 1), 15]])],
];

const other = (gender: 'M' | 'F'): 'M' | 'F' => (gender === 'M' ? 'F' : 'M');
const anyGender = (rng: Rng, maleShare = 0.51): 'M' | 'F' => (rng.chance(maleShare) ? 'M' : 'F');

export function householdShape(rng: Rng): MemberSpec[] {
  const headAge = Math.min(94, rng.weighted(HEAD_AGE) + rng.int(5));
  const table = SHAPES_BY_AGE.find(([below]) => headAge < below)?.[1];
  if (!table) throw new Error('no household shapes');
  const s = rng.weighted(table);
  const headGender: 'M' | 'F' = s.spouse ? anyGender(rng, 0.78) : anyGender(rng, headAge >= 70 ? 0.35 : 0.5);
  const members: MemberSpec[] = [{ relation: 'head', gender: headGender, age: headAge }];
  if (s.spouse) {
    const gap = rng.range(0, 5);
    const spouseAge = headGender === 'M' ? headAge - gap : headAge + gap;
    members.push({ relation: 'spouse', gender: other(headGender), age: Math.max(20, Math.min(95, spouseAge)) });
  }
  let childAge = Math.max(0, headAge - rng.range(23, 34));
  const firstChildAge = childAge;
  for (let i = 0; i < s.children && childAge >= 0; i += 1) {
    members.push({ relation: 'child', gender: anyGender(rng), age: childAge });
    childAge -= rng.range(2, 7);
  }
  if (s.parents) {
    const parentAge = headAge + rng.range(24, 33);
    const parentGender = anyGender(rng, 0.35);
    if (parentAge <= 95) members.push({ relation: 'parent', gender: parentGender, age: parentAge });
    if (parentAge <= 90 && rng.chance(0.35)) members.push({ relation: 'parent', gender: other(parentGender), age: Math.min(95, parentAge + rng.range(-3, 4)) });
  }
  if (s.grandchild) {
    const grandAge = firstChildAge - rng.range(22, 32);
    if (grandAge >= 0) members.push({ relation: 'other', gender: anyGender(rng), age: grandAge });
  }
  return members.slice(0, 6);
}
