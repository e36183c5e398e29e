/** The dashboard's parameters with their defaults filled in, as assessment.run takes them. */
import type { StandardSummary } from '../../../shared/contract/standards';
import type { RunParams } from './assessment-route';
import { yearStart } from '../../../shared/domain/dates';

/** The standard shown when none is chosen: the Chongqing 2007 standard (seed 001) when present. */
const PREFERRED_STANDARD = 'chongqing-2007';

export interface ResolvedRun {
  standard: StandardSummary;
  asOf: string;
  from: string;
  /** Whether `from` was chosen (not the default 1 January). */
  fromChosen: boolean;
}

/** The rows of a standard id: the chosen version, else the latest. */
function pickStandard(standards: readonly StandardSummary[], id: string | null, version: string | null): StandardSummary | null {
  const rows = standards.filter((s) => s.id === (id ?? PREFERRED_STANDARD));
  const chosen = (version === null ? rows.find((s) => s.latest) : rows.find((s) => s.version === version)) ?? rows[0];
  if (chosen) return chosen;
  if (id !== null) return null;
  return standards.find((s) => s.latest) ?? standards[0] ?? null;
}

export function resolveRun(params: RunParams, standards: readonly StandardSummary[], today: string): ResolvedRun | null {
  const standard = pickStandard(standards, params.standard, params.version);
  if (!standard) return null;
  const asOf = params.asOf ?? today;
  return { standard, asOf, from: params.from ?? yearStart(asOf), fromChosen: params.from !== null };
}

/** The parameters to put in the address for a resolved run (the default period start left out). */
export function paramsOf(run: ResolvedRun): RunParams {
  return { standard: run.standard.id, version: run.standard.latest ? null : run.standard.version, asOf: run.asOf, from: run.fromChosen ? run.from : null };
}

export function runInputOf(run: ResolvedRun): { standardId: string; version?: string; asOf: string; from: string } {
  return { standardId: run.standard.id, ...(run.standard.latest ? {} : { version: run.standard.version }), asOf: run.asOf, from: run.from };
}
