/**
 * Everything one assessment run reads, loaded at most once and only when an item needs it: the labour force on D
 * (one set-based query for every community), registrations, families, the working calendar.
 */
import type { ItemWindow } from '../../../shared/contract/standards';
import type { WorkingCalendar } from '../../../shared/domain/calendar/working-days';
import { addDays } from '../../../shared/domain/dates';
import type { PopulationSettings } from '../../../shared/domain/population/settings';
import { communitiesWithResidents } from '../../../db/repositories/communities/community-activity-repo';
import { communityNames } from '../../../db/repositories/communities/communities-repo';
import type { CommunityName } from '../../../db/repositories/communities/communities-repo';
import { openRegistrationsOn } from '../../../db/repositories/employment/registrations-repo';
import { recognitionsInForceOn } from '../../../db/repositories/recognitions/recognitions-on-date-repo';
import type { OpenRegistration } from '../../../db/repositories/employment/registrations-repo';
import type { RecognitionOn } from '../../../db/repositories/recognitions/recognitions-on-date-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { loadWorkingCalendar } from '../calendar/load-calendar';
import { readPopulationSettings } from '../settings/population-settings';
import { streetPopulationWith } from '../population/street-population';
import type { LabourForce, StreetPopulation } from '../population/street-population';

export interface DateSpan {
  from: string;
  to: string;
}

export interface RunContext {
  db: DeskDatabase;
  asOf: string;
  period: DateSpan;
  settings: PopulationSettings;
  communities: readonly CommunityName[];
  calendar(): WorkingCalendar;
  /** Persons in LF on D with their flags (population/street-population.ts). */
  labourForce(): LabourForce;
  /** A lookup of the given persons' communities on D (their households' that day); see StreetPopulation. */
  communitiesOf(personIds: readonly number[]): (personId: number) => number;
  /** The community of each [personId, date] on that date (0: in no household then), in the order given. */
  communitiesOnDates(pairs: readonly (readonly [number, string])[]): number[];
  /** Communities where someone lives on D. */
  inhabited(): ReadonlySet<number>;
  /** Whether the population was loaded (an item needed it). */
  labourForceLoaded(): boolean;
  openRegistrations(): readonly OpenRegistration[];
  recognised(): readonly RecognitionOn[];
  /** The dates a window covers; null for a duration in months (it is not a span of dates). */
  span(window: ItemWindow | { kind: 'period' } | { kind: 'lastDays'; days: number }): DateSpan | null;
}

function lazy<T>(load: () => T): () => T {
  let value: { v: T } | null = null;
  return () => {
    if (value === null) value = { v: load() };
    return value.v;
  };
}

export function createRunContext(db: DeskDatabase, asOf: string, period: DateSpan): RunContext {
  const settings = readPopulationSettings(db);
  let loaded = false;
  const population = lazy((): StreetPopulation => {
    loaded = true;
    return streetPopulationWith(db, asOf, settings);
  });
  return {
    db,
    asOf,
    period,
    settings,
    communities: communityNames(db),
    calendar: lazy(() => loadWorkingCalendar(db)),
    labourForce: () => population().labourForce,
    communitiesOf: (personIds) => population().communitiesOf(personIds),
    communitiesOnDates: (pairs) => population().communitiesOnDates(pairs),
    labourForceLoaded: () => loaded,
    inhabited: lazy(() => communitiesWithResidents(db, asOf)),
    openRegistrations: lazy(() => openRegistrationsOn(db, asOf)),
    recognised: lazy(() => recognitionsInForceOn(db, asOf)),
    span(window) {
      switch (window.kind) {
        case 'asOf':
          return { from: asOf, to: asOf };
        case 'period':
          return period;
        case 'lastDays':
          return { from: addDays(asOf, -(window.days - 1)), to: asOf };
        case 'months':
          return null;
      }
    },
  };
}
