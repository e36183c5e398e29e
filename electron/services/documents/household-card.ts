/**
 * The household card (户卡, "一户一卡"): the household on a date D — its address and dated flags, its members on D
 * (dated membership) with their state, employment, registration, wish and recognition on D, its family episodes,
 * and the services given to it and to its members while members, up to D.
 */
import { AppError } from '../../../shared/app-error';
import type { HouseholdCard } from '../../../shared/contract/documents';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { personEmployment } from '../employment/person-employment';
import { listRecognitionsForPerson } from '../recognitions/recognitions-service';
import { listServicesForHousehold, listServicesForPerson } from '../services/services-service';
import { householdPopulation } from '../population/queries';
import { householdDetail } from '../registry/households-service';
import { documentHeader, documentPerson, recognitionOn, registrationOn, spellOn } from './document-parts';

export function householdCard(db: DeskDatabase, ctx: CallerContext, householdId: number, asOf: string, today: string): HouseholdCard {
  if (asOf > today) throw AppError.invalid(`户卡日期 ${asOf} 晚于今天（${today}），只能打印已经发生的情况`, [{ path: 'asOf', message: '不能晚于今天' }]);
  const detail = householdDetail(db, householdId, asOf);
  const population = householdPopulation(db, householdId, asOf);
  const badgesOf = new Map(population.members.map((m) => [m.personId, m.badges]));
  const members = detail.members.map((m) => {
    const employment = personEmployment(db, asOf, m.id);
    const badges = badgesOf.get(m.id);
    if (!badges) throw new AppError('INTERNAL', `读不到 ${m.name} 在 ${asOf} 的状态`);
    return {
      person: documentPerson(db, ctx, m.id).printed,
      relation: m.relation,
      badges,
      spell: spellOn(employment, asOf),
      registration: registrationOn(employment, asOf),
      wish: employment.wish,
      recognition: recognitionOn(listRecognitionsForPerson(db, m.id), asOf),
    };
  });
  // A member's records count while they belong to the household: from the first to the last day of the period.
  const periods = [...detail.members, ...detail.otherMembers];
  const memberServices = periods.flatMap((m) =>
    listServicesForPerson(db, m.id)
      .filter((s) => s.date <= asOf && (m.memberFrom === null || s.date >= m.memberFrom) && (m.memberTo === null || s.date <= m.memberTo))
      .map((s) => ({ ...s, personName: m.name })),
  );
  const householdServices = listServicesForHousehold(db, householdId)
    .filter((s) => s.date <= asOf)
    .map((s) => ({ ...s, personName: null }));
  const seen = new Set<number>();
  const services = [...householdServices, ...memberServices]
    .filter((s) => (seen.has(s.id) ? false : (seen.add(s.id), true)))
    .sort((a, b) => (a.date === b.date ? a.id - b.id : a.date < b.date ? -1 : 1));
  return {
    asOf,
    header: documentHeader(db, detail.communityId),
    household: { id: detail.id, number: detail.number, address: detail.address, flags: detail.flags },
    members,
    episodes: population.episodes,
    services,
  };
}
