/**
 * 双下岗双失业家庭台账 (seed 000, DOMAIN §7): households with a double-unemployed episode present on D — the head and
 * the spouse on D, the family's size on D, since when, and the latest service to the family (tracking service).
 */
import { familiesPresentOn } from '../../../db/repositories/population/family-episodes-repo';
import { ledgerHouseholds, membersOn } from '../../../db/repositories/registry/ledger-households-repo';
import { lastServiceOfHouseholds } from '../../../db/repositories/services/ledger-services-repo';
import { ledgerPersonsOn } from '../../../db/repositories/registry/ledger-persons-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { LedgerRow } from '../../../shared/domain/ledgers/rows';
import { daysBetween } from '../../../shared/domain/dates';
import type { BuildScope } from './built-ledger';
import { communityOrder } from './community-order';

export function buildDoubleUnemployedLedger(db: DeskDatabase, scope: BuildScope): LedgerRow[] {
  const episodes = familiesPresentOn(db, 'double_unemployed', scope.asOf).filter((e) => scope.communityId === null || e.communityId === scope.communityId);
  const householdIds = episodes.map((e) => e.householdId);
  const households = new Map(ledgerHouseholds(db, householdIds).map((h) => [h.householdId, h]));
  const members = membersOn(db, householdIds, scope.asOf);
  const persons = new Map(ledgerPersonsOn(db, [...new Set(members.map((m) => m.personId))], scope.asOf).map((p) => [p.personId, p]));
  const lastService = lastServiceOfHouseholds(db, householdIds, scope.asOf);
  const order = communityOrder(scope.communities);
  const rows = episodes.map((e) => {
    const own = members.filter((m) => m.householdId === e.householdId);
    const head = persons.get(own.find((m) => m.relation === 'head')?.personId ?? -1);
    const spouse = persons.get(own.find((m) => m.relation === 'spouse')?.personId ?? -1);
    const h = households.get(e.householdId);
    return {
      rank: order.rank(e.communityId),
      row: {
        communityId: e.communityId,
        section: null,
        values: {
          community: order.name(e.communityId),
          householdNumber: h?.number ?? null,
          headName: head?.name ?? null,
          headIdNumber: head?.idNumber ?? null,
          spouseName: spouse?.name ?? null,
          spouseIdNumber: spouse?.idNumber ?? null,
          address: h?.address ?? null,
          phone: head?.phone ?? spouse?.phone ?? null,
          memberCount: own.length,
          appeared: e.appeared,
          daysPresent: daysBetween(e.appeared, scope.asOf) + 1,
          lastService: lastService.get(e.householdId) ?? null,
        },
      } satisfies LedgerRow,
    };
  });
  rows.sort((a, b) => a.rank - b.rank);
  return rows.map((r) => r.row);
}
