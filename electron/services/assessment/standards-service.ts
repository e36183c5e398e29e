/**
 * Rule sets in the database: the four presets seeded at open (idempotent), listing, reading, and importing a
 * bureau's JSON file (validated with field paths; the same id and version twice is refused unless identical).
 */
import { readFile, stat } from 'node:fs/promises';
import { AppError } from '../../../shared/app-error';
import { parseStandard } from '../../../shared/contract/standards';
import type { StandardDefinition, StandardDetail, StandardImportResult, StandardSummary } from '../../../shared/contract/standards';
import { METRICS } from '../../../shared/domain/assessment/metric-catalogue';
import { PRESET_STANDARDS } from '../../../shared/domain/standards/presets';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { findStandardRow, insertStandardRow, latestStandardRow, listStandardRows } from '../../../db/repositories/assessment/standards-repo';
import type { StandardRow } from '../../../db/repositories/assessment/standards-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { badRuleSet, unknownStandard } from './assessment-errors';

/** A rule-set file is a few kilobytes; anything this large is not one. */
const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** Stored JSON of a definition: the parsed form (defaults filled in), so a row reads back exactly as it was checked. */
function bodyOf(definition: StandardDefinition): string {
  return JSON.stringify(definition);
}

/** Inserts each preset whose id and version are not stored yet; returns how many were added. */
export function seedBuiltinStandards(db: DeskDatabase): number {
  const missing = PRESET_STANDARDS.filter((p) => findStandardRow(db, p.id, p.version) === null);
  if (missing.length === 0) return 0;
  inTransaction(db, () => {
    for (const preset of missing) {
      if (findStandardRow(db, preset.id, preset.version)) continue;
      insertStandardRow(db, { standardId: preset.id, version: preset.version, name: preset.name, source: preset.source, builtin: true, body: bodyOf(preset) });
    }
  });
  return missing.length;
}

/** A stored row's definition; a row that no longer passes the schema (edited by hand) is reported, not guessed. */
export function definitionOf(row: StandardRow): StandardDefinition {
  let value: unknown;
  try {
    value = JSON.parse(row.body);
  } catch {
    throw new AppError('INTERNAL', `数据库中考核标准 ${row.standardId}（${row.version}）的内容已损坏，请重新导入该规则文件`);
  }
  const parsed = parseStandard(value);
  if (!parsed.ok) {
    throw new AppError('INTERNAL', `数据库中考核标准 ${row.standardId}（${row.version}）不符合当前格式：${parsed.problems.map((p) => `${p.path}：${p.message}`).join('；')}`);
  }
  return parsed.standard;
}

function summaryOf(row: StandardRow, definition: StandardDefinition, latest: boolean): StandardSummary {
  const communityItems = definition.items.filter((i) => i.scope !== 'street');
  const hasPoints = definition.items.some((i) => i.points !== undefined);
  return {
    rowId: row.rowId,
    id: row.standardId,
    version: row.version,
    name: row.name,
    source: row.source,
    builtin: row.builtin,
    example: definition.example,
    latest,
    itemCount: definition.items.length,
    manualItemCount: definition.items.filter((i) => i.kind === 'manual').length,
    communityItemCount: communityItems.length,
    streetItemCount: definition.items.filter((i) => i.scope !== 'community').length,
    maxScore: hasPoints ? communityItems.reduce((n, i) => n + (i.points ?? 0), 0) : null,
    passRule: definition.scoring.pass,
    minScore: definition.scoring.pass === 'min-score' ? definition.scoring.minScore : null,
    stars: (definition.tiers ?? []).map((t) => t.stars),
    addedAt: row.createdAt,
  };
}

export function listStandards(db: DeskDatabase): StandardSummary[] {
  const rows = listStandardRows(db);
  const latest = new Map<string, number>();
  for (const row of rows) latest.set(row.standardId, Math.max(latest.get(row.standardId) ?? 0, row.rowId));
  const presetOrder = (id: string) => {
    const at = PRESET_STANDARDS.findIndex((p) => p.id === id);
    return at === -1 ? PRESET_STANDARDS.length : at;
  };
  return rows
    .map((row) => summaryOf(row, definitionOf(row), latest.get(row.standardId) === row.rowId))
    .sort((a, b) => presetOrder(a.id) - presetOrder(b.id) || a.id.localeCompare(b.id) || b.rowId - a.rowId);
}

export interface ResolvedStandard {
  row: StandardRow;
  definition: StandardDefinition;
}

/** The standard `standardId` in `version`, or its most recently added version. */
export function resolveStandard(db: DeskDatabase, standardId: string, version?: string): ResolvedStandard {
  const row = version === undefined ? latestStandardRow(db, standardId) : findStandardRow(db, standardId, version);
  if (!row) throw unknownStandard(standardId, version);
  return { row, definition: definitionOf(row) };
}

export function getStandard(db: DeskDatabase, standardId: string, version?: string): StandardDetail {
  const { row, definition } = resolveStandard(db, standardId, version);
  const latest = latestStandardRow(db, standardId);
  const metricLabels: Record<string, string> = {};
  for (const item of definition.items) if (item.kind === 'auto') metricLabels[item.metric] = METRICS[item.metric].label;
  return { summary: summaryOf(row, definition, latest?.rowId === row.rowId), definition, metricLabels };
}

/** Reads and checks a rule-set file (JSON, UTF-8, optional BOM). */
export async function readRuleSetFile(path: string, fileName: string): Promise<StandardDefinition> {
  const info = await stat(path);
  if (info.size > MAX_FILE_BYTES) throw badRuleSet(fileName, [{ path: '(整体)', message: `文件过大（${Math.round(info.size / 1024)} KB），规则文件应为几 KB 的 JSON 文件` }]);
  const text = (await readFile(path, 'utf8')).replace(/^\uFEFF/, '');
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw badRuleSet(fileName, [{ path: '(整体)', message: `不是有效的 JSON 文件（${detail}）；规则文件须为 UTF-8 编码的 JSON` }]);
  }
  const parsed = parseStandard(value);
  if (!parsed.ok) throw badRuleSet(fileName, parsed.problems);
  return parsed.standard;
}

/** Imports a checked rule set: a new id or version is added (audited); the same id and version must be identical. */
export function saveImportedStandard(db: DeskDatabase, ctx: CallerContext, definition: StandardDefinition, fileName: string): StandardImportResult {
  return inTransaction(db, () => {
    const body = bodyOf(definition);
    const existing = findStandardRow(db, definition.id, definition.version);
    if (existing) {
      if (existing.body !== body) {
        throw new AppError('CONFLICT', `考核标准 ${definition.id} 的 ${definition.version} 版已存在且内容不同；修订后的标准请使用新的版本号（version）再导入`, {
          fields: [{ path: 'version', message: `版本 ${definition.version} 已存在且内容不同` }],
        });
      }
      return { summary: summaryOf(existing, definition, latestStandardRow(db, definition.id)?.rowId === existing.rowId), created: false };
    }
    const rowId = insertStandardRow(db, { standardId: definition.id, version: definition.version, name: definition.name, source: definition.source, builtin: false, body });
    recordAudit(db, { username: ctx.username, action: 'import', entity: 'standard', entityKey: `${definition.id}@${definition.version}`, after: { fileName, rowId, name: definition.name } });
    const row = findStandardRow(db, definition.id, definition.version);
    if (!row) throw new AppError('INTERNAL', '导入后找不到考核标准');
    return { summary: summaryOf(row, definition, true), created: true };
  });
}

export async function importStandardFile(db: DeskDatabase, ctx: CallerContext, path: string, fileName: string): Promise<StandardImportResult> {
  const definition = await readRuleSetFile(path, fileName);
  return saveImportedStandard(db, ctx, definition, fileName);
}
