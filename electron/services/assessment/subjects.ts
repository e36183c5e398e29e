/** Turns the subject ids of a run into the listed subjects (身份证号码 or 户编号, name), with one query per kind. */
import type { AssessmentSubject, ItemResult, UnitResult } from '../../../shared/contract/assessment';
import { householdKeys } from '../../../db/repositories/registry/household-keys-repo';
import { personKeys } from '../../../db/repositories/registry/person-keys-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { SubjectRef } from './metrics/metric-types';
import type { DraftUnit } from './unit-result';

/** By the date the reason turns on, then by key: plain comparisons (a collator is too slow for thousands of rows). */
function byDateThenKey(a: AssessmentSubject, b: AssessmentSubject): number {
  const da = a.date ?? '';
  const db = b.date ?? '';
  if (da !== db) return da < db ? -1 : 1;
  return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
}

export function resolveUnits(db: DeskDatabase, units: readonly DraftUnit[], asOf: string): UnitResult[] {
  const personIds = new Set<number>();
  const householdIds = new Set<number>();
  for (const unit of units) {
    for (const draft of unit.items) {
      for (const ref of [...draft.failing, ...draft.pending]) (ref.kind === 'person' ? personIds : householdIds).add(ref.id);
    }
  }
  const persons = personKeys(db, [...personIds]);
  const households = householdKeys(db, [...householdIds], asOf);
  const subject = (ref: SubjectRef): AssessmentSubject => {
    if (ref.kind === 'person') {
      const p = persons.get(ref.id);
      return { kind: 'person', key: p?.idNumber ?? '', personId: ref.id, householdId: p?.householdId ?? null, name: p?.name ?? '（已删除）', reason: ref.reason, date: ref.date };
    }
    const h = households.get(ref.id);
    return { kind: 'household', key: h?.number ?? '', personId: null, householdId: ref.id, name: h?.headName ?? `户 ${h?.number ?? ref.id}`, reason: ref.reason, date: ref.date };
  };
  const sorted = (refs: readonly SubjectRef[]) => refs.map(subject).sort(byDateThenKey);
  return units.map((unit) => ({
    ...unit.unit,
    items: unit.items.map((draft): ItemResult => ({ ...draft.result, failing: sorted(draft.failing), pending: sorted(draft.pending) })),
  }));
}
