/**
 * A complaint's validity as known on D (DOMAIN.md §4, "no valid complaint in the period"): a judgement counts from
 * the day it was made, so one made after D leaves the complaint 未认定 (pending) on D and an assessment of an earlier
 * day stays as it was.
 */
export type ValidityOn = 'valid' | 'invalid' | 'unjudged';

export interface JudgedComplaint {
  /** The judgement as it stands now: null while not judged. */
  valid: boolean | null;
  /** The day it was judged (null while not judged). */
  judgedOn: string | null;
}

export function validityOn(c: JudgedComplaint, asOf: string): ValidityOn {
  if (c.valid === null || c.judgedOn === null || c.judgedOn > asOf) return 'unjudged';
  return c.valid ? 'valid' : 'invalid';
}
