/**
 * A community clerk's ledger touches only the own community's persons, as the person page's calls do: a row naming
 * a person of another community is refused (before planning), naming the row's 身份证 column. Other roles: nothing.
 */
import type { CheckedRow } from '../../../shared/domain/ledger-import/check-row';
import type { DeskDatabase } from '../../../db/open-database';
import { findPersonsByIdNumbers } from '../../../db/repositories/registry/persons-repo';
import { communityOfPerson } from '../../../db/repositories/registry/registry-scope-repo';
import { OUT_OF_SCOPE } from '../admin/call-guard';
import type { CallerContext } from '../context';

export function refuseOutOfScope(db: DeskDatabase, ctx: CallerContext, rows: readonly CheckedRow[], idColumn: string): void {
  if (ctx.role !== 'community_clerk' || ctx.anonymous) return;
  const ids = [...new Set(rows.flatMap((r) => (r.idNumber === null ? [] : [r.idNumber])))];
  const elsewhere = new Map<string, string>();
  for (const person of findPersonsByIdNumbers(db, ids)) {
    if (communityOfPerson(db, person.id) !== ctx.communityId) elsewhere.set(person.idNumber, person.communityName);
  }
  for (const row of rows) {
    const community = row.idNumber === null ? undefined : elsewhere.get(row.idNumber);
    if (community !== undefined) row.issues.push({ column: idColumn, severity: 'error', message: `第 ${row.row} 行：${OUT_OF_SCOPE}（此人属于${community}）` });
  }
}
