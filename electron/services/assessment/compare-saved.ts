/** Two saved assessments side by side (DOMAIN §4): per unit (the street, then each community by code) and per item. */
import type { Comparison, ComparisonRow, ItemResult, UnitResult } from '../../../shared/contract/assessment';
import type { DeskDatabase } from '../../../db/open-database';
import { getSavedAssessment } from './saved-service';

function itemBrief(item: ItemResult | undefined): ComparisonRow['items'][number]['a'] {
  if (!item) return null;
  return {
    verdict: item.verdict,
    value: item.value,
    threshold: item.threshold,
    numerator: item.numerator,
    denominator: item.denominator,
    failingCount: item.failingCount,
    pendingCount: item.pendingCount,
  };
}

function unitBrief(unit: UnitResult | undefined): ComparisonRow['a'] {
  return unit ? { verdict: unit.verdict, score: unit.score, stars: unit.stars } : null;
}

function row(scope: 'community' | 'street', a: UnitResult | undefined, b: UnitResult | undefined): ComparisonRow {
  const ids: string[] = [];
  const names = new Map<string, string>();
  for (const unit of [a, b]) {
    for (const item of unit?.items ?? []) {
      if (!names.has(item.id)) ids.push(item.id);
      names.set(item.id, item.name);
    }
  }
  const items = ids.map((id) => {
    const ia = itemBrief(a?.items.find((i) => i.id === id));
    const ib = itemBrief(b?.items.find((i) => i.id === id));
    return { id, name: names.get(id) ?? id, a: ia, b: ib, changed: JSON.stringify(ia) !== JSON.stringify(ib) };
  });
  const first = a ?? b;
  return {
    scope,
    code: first?.code ?? '',
    name: first?.name ?? '',
    a: unitBrief(a),
    b: unitBrief(b),
    verdictChanged: a?.verdict !== b?.verdict,
    items,
  };
}

export function compareSaved(db: DeskDatabase, aId: number, bId: number): Comparison {
  const a = getSavedAssessment(db, aId);
  const b = getSavedAssessment(db, bId);
  const codes = [...new Set([...a.run.communities.map((c) => c.code), ...b.run.communities.map((c) => c.code)])].sort();
  const byCode = (units: readonly UnitResult[]) => new Map(units.map((u) => [u.code, u]));
  const ua = byCode(a.run.communities);
  const ub = byCode(b.run.communities);
  return {
    a: a.summary,
    b: b.summary,
    rows: [row('street', a.run.street, b.run.street), ...codes.map((code) => row('community', ua.get(code), ub.get(code)))],
  };
}
