/**
 * Saving an assessment (frozen: every value and list as computed) and reading saved ones back
 * (db/repositories/assessments-repo.ts describes the rows). A save always covers the whole street.
 */
import { AppError } from '../../../shared/app-error';
import type { AssessmentRun, SavedAssessment, SavedSummary, SaveInput, UnitResult } from '../../../shared/contract/assessment';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { findSavedRun, insertSavedRow, listSavedRuns, savedRunCommunityCounts, savedRunCommunityResults } from '../../../db/repositories/assessment/assessments-repo';
import type { SavedRunRow } from '../../../db/repositories/assessment/assessments-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { runAssessment } from './run-assessment';
import { refuseFrozenYears } from './frozen-years';
import { nowIso } from '../../../shared/clock';

/** The street row's JSON: the run without its communities. */
interface StoredRun {
  kind: 'run';
  note: string | null;
  run: Omit<AssessmentRun, 'communities'>;
}

/** A community row's JSON. */
interface StoredUnit {
  runId: number;
  unit: UnitResult;
}

function parseStored<T>(text: string, id: number): T {
  try {
    return JSON.parse(text) as T;
  } catch {
    throw new AppError('INTERNAL', `已保存的考核结果 ${id} 已损坏，无法读取`);
  }
}

function summaryOf(row: SavedRunRow, stored: StoredRun, counts: { pass: number; fail: number; incomplete: number } | undefined): SavedSummary {
  const { run } = stored;
  return {
    id: row.id,
    standard: { id: run.standard.id, version: run.standard.version, name: run.standard.name },
    asOf: row.asOf,
    period: { from: row.periodFrom, to: row.periodTo },
    savedAt: row.createdAt,
    savedBy: row.createdBy,
    note: stored.note,
    verdict: row.verdict,
    score: row.score,
    stars: row.stars,
    communities: counts ?? { pass: 0, fail: 0, incomplete: 0 },
  };
}

export function saveAssessment(db: DeskDatabase, ctx: CallerContext, input: SaveInput, today: string, street: { code: string; name: string }): SavedSummary {
  return inTransaction(db, () => {
    refuseFrozenYears(db, input.from ?? input.asOf, input.asOf, '保存');
    const run = runAssessment(db, { standardId: input.standardId, version: input.version, asOf: input.asOf, from: input.from }, today, street);
    const createdAt = nowIso();
    const createdBy = ctx.displayName || ctx.username;
    const common = { standardRowId: run.standard.rowId, periodFrom: run.period.from, periodTo: run.period.to, asOf: run.asOf, createdBy };
    const { communities, ...header } = run;
    const stored: StoredRun = { kind: 'run', note: input.note?.trim() || null, run: header };
    const runId = insertSavedRow(db, { ...common, communityId: null, verdict: run.street.verdict, score: run.street.score, stars: run.street.stars, result: JSON.stringify(stored) }, createdAt);
    for (const unit of communities) {
      const value: StoredUnit = { runId, unit };
      insertSavedRow(db, { ...common, communityId: unit.communityId, verdict: unit.verdict, score: unit.score, stars: unit.stars, result: JSON.stringify(value) }, createdAt);
    }
    recordAudit(db, {
      username: ctx.username,
      action: 'create',
      entity: 'assessment',
      entityKey: String(runId),
      after: { standard: `${run.standard.id}@${run.standard.version}`, asOf: run.asOf, period: run.period, verdict: run.street.verdict, communities: communities.length },
    });
    const row = findSavedRun(db, runId);
    if (!row) throw new AppError('INTERNAL', '保存后找不到考核结果');
    return summaryOf(row, stored, savedRunCommunityCounts(db, [runId]).get(runId));
  });
}

export function listSavedAssessments(db: DeskDatabase, standardId: string | null, limit: number): SavedSummary[] {
  const rows = listSavedRuns(db, standardId, limit);
  const counts = savedRunCommunityCounts(db, rows.map((r) => r.id));
  return rows.map((row) => summaryOf(row, parseStored<StoredRun>(row.result, row.id), counts.get(row.id)));
}

export function getSavedAssessment(db: DeskDatabase, id: number): SavedAssessment {
  const row = findSavedRun(db, id);
  if (!row) throw new AppError('NOT_FOUND', `没有编号为 ${id} 的已保存考核结果，请刷新后重新选择`, { fields: [{ path: 'id', message: '找不到该考核结果' }] });
  const stored = parseStored<StoredRun>(row.result, id);
  const communities = savedRunCommunityResults(db, id).map((text) => parseStored<StoredUnit>(text, id).unit);
  const counts = { pass: 0, fail: 0, incomplete: 0 };
  for (const unit of communities) counts[unit.verdict] += 1;
  return { summary: summaryOf(row, stored, counts), run: { ...stored.run, communities } };
}
