/**
 * The re-employed of a period on D (shared/domain/population/reemployed.ts), street-wide: the persons of the street's
 * population on D (street-population.ts: in LFW, a spell open on D, their community that day) who had a
 * registration open on some day of the period — the re-employment rate's numerator, and the 十清 population's
 * re-employed.
 */
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import { personsRegisteredDuring } from '../../../db/repositories/employment/registrations-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { streetPopulationWith } from './street-population';

export interface ReemployedPerson {
  personId: number;
  /** The community on D. */
  communityId: number;
}

export function reemployedInPeriod(db: DeskDatabase, asOf: string, from: string, settings: PopulationSettings): ReemployedPerson[] {
  const lf = streetPopulationWith(db, asOf, settings).labourForce;
  const registered = personsRegisteredDuring(db, from, asOf);
  const out: ReemployedPerson[] = [];
  for (let i = 0; i < lf.size; i += 1) {
    const personId = lf.person[i] ?? 0;
    if (lf.wish[i] === 1 && lf.employed[i] === 1 && registered.has(personId)) out.push({ personId, communityId: lf.community[i] ?? 0 });
  }
  return out;
}
