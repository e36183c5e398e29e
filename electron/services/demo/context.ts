/** What every part of the generator shares while one street is built. */
import type { PersonRecord } from '../../../shared/domain/workbook/records';
import type { IdAllocator } from './id-allocator';
import type { Rng } from './random';
import type { StreetBuilder } from './street-builder';

export interface DemoContext {
  rng: Rng;
  /** The as-of date (day number). */
  asOf: number;
  builder: StreetBuilder;
  ids: IdAllocator;
  employers: readonly string[];
}

/**
 * What a person is at the as-of date, which decides the history generated for them:
 * child (<16), student, disabled (no work ability), retired, elderly (past working age, not pensioned),
 * homemaker (labour resource without a wish), labour (labour resource with a wish), agedOut (past working age
 * with a registration still open).
 */
export type Role = 'child' | 'student' | 'disabled' | 'retired' | 'elderly' | 'homemaker' | 'labour' | 'agedOut';

export interface Member {
  record: PersonRecord;
  birth: number;
  /** The statutory retirement date (first day past working age). */
  retire: number;
  archived: number | null;
  role: Role;
  /** Age at which schooling ended: work can begin from then. */
  finishAge: number;
  urban: boolean;
  /** Labour with a wish: employed at the end of their history (the as-of or archive date). */
  employed: boolean;
}
