/**
 * 年度上报 (DOMAIN §7): freezing a year's assessment — one saved run of the year, the communities recommended as
 * excellent, the street's population counts as of the run's date — after which nothing of that year's assessment
 * can change (the assessment services refuse: electron/services/assessment); the year's status; and the frozen
 * year set against the one before, community by community.
 */
import { AppError } from '../../../../shared/app-error';
import { nowIso } from '../../../../shared/clock';
import type { SavedAssessment, UnitResult } from '../../../../shared/contract/assessment';
import type { AnnualDiff, AnnualStatus, FreezeInput, FrozenYear } from '../../../../shared/contract/packages';
import type { StreetSnapshot } from '../../../../shared/contract/population';
import { findSavedRun } from '../../../../db/repositories/assessment/assessments-repo';
import { recordAudit } from '../../../../db/repositories/system/audit-repo';
import { findAnnualSubmission, insertAnnualSubmission, listAnnualSubmissions } from '../../../../db/repositories/packages/annual-submissions-repo';
import type { AnnualSubmissionRow } from '../../../../db/repositories/packages/annual-submissions-repo';
import { inTransaction } from '../../../../db/transaction';
import type { DeskDatabase } from '../../../../db/open-database';
import { compareSaved } from '../../assessment/compare-saved';
import { getSavedAssessment, listSavedAssessments } from '../../assessment/saved-service';
import type { CallerContext } from '../../context';
import { streetSnapshot } from '../../population/queries';

/** A frozen year with what it rests on: the saved run, the recommended codes, the totals. */
export interface FrozenSubmission {
  row: AnnualSubmissionRow;
  saved: SavedAssessment;
  recommended: string[];
  totals: StreetSnapshot;
}

function parseJson<T>(text: string, what: string): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new AppError('INTERNAL', `${what}已损坏，无法读取`);
  }
}

export function frozenSubmission(db: DeskDatabase, year: number): FrozenSubmission | null {
  const row = findAnnualSubmission(db, year);
  if (!row) return null;
  return {
    row,
    saved: getSavedAssessment(db, row.assessmentId),
    recommended: parseJson<string[]>(row.recommended, `${year} 年度上报的推荐名单`),
    totals: parseJson<StreetSnapshot>(row.totals, `${year} 年度上报的街道合计`),
  };
}

function frozenView(f: FrozenSubmission): FrozenYear {
  const names = new Map(f.saved.run.communities.map((u) => [u.code, u.name]));
  return {
    year: f.row.year,
    assessmentId: f.row.assessmentId,
    standard: f.saved.summary.standard,
    asOf: f.saved.run.asOf,
    recommended: f.recommended.map((code) => ({ code, name: names.get(code) ?? code })),
    note: f.row.note,
    frozenBy: f.row.frozenBy,
    frozenAt: f.row.frozenAt,
    communities: f.saved.summary.communities,
  };
}

const passingOf = (units: readonly UnitResult[]) => units.filter((u) => u.verdict === 'pass').map((u) => ({ code: u.code, name: u.name }));

export function annualStatus(db: DeskDatabase, year: number): AnnualStatus {
  const frozen = frozenSubmission(db, year);
  const candidates = frozen ? [] : listSavedAssessments(db, null, 500).filter((s) => s.asOf.startsWith(`${year}-`)).slice(0, 20);
  const passing: AnnualStatus['passing'] = {};
  for (const c of candidates) passing[String(c.id)] = passingOf(getSavedAssessment(db, c.id).run.communities);
  return { year, frozen: frozen ? frozenView(frozen) : null, candidates, passing, frozenYears: listAnnualSubmissions(db).map((r) => r.year) };
}

/** The years frozen so far, with their frozen details (newest first). */
export function frozenYears(db: DeskDatabase): number[] {
  return listAnnualSubmissions(db).map((r) => r.year);
}

export function freezeYear(db: DeskDatabase, ctx: CallerContext, input: FreezeInput): AnnualStatus {
  inTransaction(db, () => {
    const already = findAnnualSubmission(db, input.year);
    if (already) throw new AppError('CONFLICT', `${input.year} 年度考核已于 ${already.frozenAt.slice(0, 10)} 由 ${already.frozenBy} 冻结上报，不能再次冻结`);
    const run = findSavedRun(db, input.assessmentId);
    if (!run) throw new AppError('NOT_FOUND', '找不到所选的考核结果，请刷新后重新选择', { fields: [{ path: 'assessmentId', message: '找不到该考核结果' }] });
    if (!run.asOf.startsWith(`${input.year}-`) || !run.periodFrom.startsWith(`${input.year}-`)) {
      const message = `所选考核的截止日为 ${run.asOf}（期间 ${run.periodFrom} 起），不是 ${input.year} 年度的考核`;
      throw AppError.invalid(message, [{ path: 'assessmentId', message }]);
    }
    const saved = getSavedAssessment(db, run.id);
    const passing = new Set(passingOf(saved.run.communities).map((c) => c.code));
    const known = new Set(saved.run.communities.map((u) => u.code));
    const bad = input.recommended.filter((code) => !passing.has(code));
    if (bad.length > 0) {
      const message = bad.map((code) => (known.has(code) ? `${code} 在所选考核中未达标，不能推荐为优秀` : `${code} 不在所选考核中`)).join('；');
      throw AppError.invalid(message, [{ path: 'recommended', message }]);
    }
    const recommended = [...new Set(input.recommended)].sort();
    const totals = streetSnapshot(db, run.asOf, null);
    const frozenAt = nowIso();
    const frozenBy = ctx.displayName || ctx.username;
    insertAnnualSubmission(db, {
      year: input.year,
      assessmentId: run.id,
      recommended: JSON.stringify(recommended),
      totals: JSON.stringify(totals),
      note: input.note?.trim() || null,
      frozenBy,
      frozenAt,
    });
    recordAudit(db, {
      username: ctx.username,
      action: 'create',
      entity: 'annual_submission',
      entityKey: String(input.year),
      after: { assessmentId: run.id, asOf: run.asOf, recommended, communities: saved.summary.communities },
    });
  });
  return annualStatus(db, input.year);
}

export function annualDiff(db: DeskDatabase, year: number): AnnualDiff {
  const previousYear = year - 1;
  const current = frozenSubmission(db, year);
  const previous = frozenSubmission(db, previousYear);
  const empty = { year, previousYear, comparison: null, recommended: { added: [], removed: [] }, totals: null };
  if (!current) return { ...empty, message: `${year} 年度尚未冻结上报，没有可对比的快照` };
  if (!previous) return { ...empty, message: `${previousYear} 年度没有冻结上报的快照，无法对比` };
  const before = new Set(previous.recommended);
  const after = new Set(current.recommended);
  return {
    year,
    previousYear,
    comparison: compareSaved(db, previous.row.assessmentId, current.row.assessmentId),
    recommended: { added: [...after].filter((c) => !before.has(c)), removed: [...before].filter((c) => !after.has(c)) },
    totals: { previous: previous.totals.total, current: current.totals.total },
    message: null,
  };
}
