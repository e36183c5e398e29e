/**
 * Warming the kept reads (db/read-memo.ts) for today in the background, after the app opens its database and after
 * a job (an import, the demo, a settings change) has finished: a clerk's first 待办, badge count or 考核 then finds
 * the street's reads kept instead of paying the cold read. The work is done in steps, one per turn of the event loop
 * (setImmediate): a request that arrives meanwhile is answered between two steps, and a step it needs that is already
 * done is not done again (the kept reads are shared). Nothing is warmed while a worker writes (the reads would be of
 * the data before its commit), inside a transaction, or on a read-only database; a failing step ends the warm-up
 * silently (the request that needs the read will report the problem itself).
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_STANDARD_ID } from '../../../shared/domain/standards/presets';
import { openRegistrations } from '../../../db/repositories/employment/registrations-repo';
import { zeroFamiliesOn } from '../../../db/repositories/population/family-episodes-repo';
import { recognisedWithPlaceOn } from '../../../db/repositories/recognitions/recognitions-on-date-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { streetHead } from '../assessment/assessment-handlers';
import { metricSteps, runAssessment } from '../assessment/run-assessment';
import { streetPopulationWith } from '../population/street-population';
import { unemployedOn } from '../../../db/repositories/registry/labour-force-repo';
import { serviceDigests } from '../../../db/repositories/services/service-digests-repo';
import type { ServiceDigest } from '../../../db/repositories/services/service-digests-repo';
import { concernedOn, evaluateCompleteness, personsWithFacts } from '../completeness/compute-completeness';
import type { Concerned } from '../completeness/compute-completeness';
import { readPopulationSettings } from '../settings/population-settings';
import { buildWorklist } from '../worklist/build-worklist';

export interface WarmupReport {
  /** Each step done, with the milliseconds it took (the longest is the longest a request could wait for it). */
  steps: [string, number][];
  /** Why it ended before the last step, if it did. */
  stopped: string | null;
}

/** A step: its name and what it does; it may return further steps, done right after it. */
type Step = [string, (db: DeskDatabase, today: string) => unknown];

/** The default standard's metrics, one step each (each keeps its outcome for the run that follows). */
function metricsOfDefault(db: DeskDatabase, today: string): Step[] {
  return metricSteps(db, { standardId: DEFAULT_STANDARD_ID, asOf: today }, today).map(([name, run]): Step => [`metric ${name}`, () => run()]);
}

/** Who 十清/五清 concerns today, street-wide, as the worklist reads it (from the reads the earlier steps kept). */
function concernedToday(db: DeskDatabase, today: string): Concerned {
  return concernedOn(db, today, null, { recognised: recognisedWithPlaceOn(db, today, null) });
}

function digestsToday(db: DeskDatabase, today: string, concerned: Concerned): ReadonlyMap<number, ServiceDigest> {
  return serviceDigests(db, [...new Set([...personsWithFacts(concerned), ...concerned.recognised.map((r) => r.personId)])], today);
}

/** The worklist's reads one by one (each kept for the next), then the worklist and the assessment themselves. */
const STEPS: readonly Step[] = [
  ['population', (db, today) => streetPopulationWith(db, today, readPopulationSettings(db))],
  ['registrations', (db, today) => openRegistrations(db, today, null)],
  ['recognitions', (db, today) => recognisedWithPlaceOn(db, today, null)],
  ['families', (db, today) => zeroFamiliesOn(db, today, null)],
  ['unemployed', (db, today) => unemployedOn(db, today, null)],
  ['concerned', concernedToday],
  ['digests', (db, today) => digestsToday(db, today, concernedToday(db, today))],
  [
    'completeness',
    (db, today) => {
      const concerned = concernedToday(db, today);
      return evaluateCompleteness(db, concerned, digestsToday(db, today, concerned));
    },
  ],
  ['worklist', (db, today) => buildWorklist(db, today, null)],
  ['metrics', metricsOfDefault],
  ['assessment', (db, today) => runAssessment(db, { standardId: DEFAULT_STANDARD_ID, asOf: today }, today, streetHead(db))],
];

export interface ReadWarmup {
  /** Starts a warm-up (a running one is replaced); resolves when it is over. */
  schedule(): Promise<WarmupReport>;
  /** Ends a running warm-up after its current step (the app closes). */
  stop(): void;
}

export function createReadWarmup(deps: { db: () => DeskDatabase; today: () => string; writing: () => boolean }): ReadWarmup {
  let generation = 0;
  return {
    schedule() {
      generation += 1;
      const mine = generation;
      const report: WarmupReport = { steps: [], stopped: null };
      // The default standard's metrics are listed when their step is reached, and done one by one after it.
      const steps: Step[] = [...STEPS];
      return new Promise((resolve) => {
        const next = (index: number) => {
          const step = steps[index];
          if (step === undefined) return resolve(report);
          const db = deps.db();
          const stopped =
            mine !== generation ? 'replaced' : !db.sqlite.open ? 'closed' : db.sqlite.readonly ? 'read-only' : deps.writing() ? 'writing' : db.sqlite.inTransaction ? 'transaction' : null;
          if (stopped !== null) return resolve({ ...report, stopped });
          const started = performance.now();
          try {
            const more = step[1](db, deps.today());
            if (step[0] === 'metrics' && Array.isArray(more)) steps.splice(index + 1, 0, ...(more as Step[]));
          } catch (error) {
            return resolve({ ...report, stopped: `${step[0]}: ${error instanceof Error ? error.message : String(error)}` });
          }
          report.steps.push([step[0], performance.now() - started]);
          setImmediate(() => next(index + 1));
        };
        setImmediate(() => next(0));
      });
    },
    stop() {
      generation += 1;
    },
  };
}
