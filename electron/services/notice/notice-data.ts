/**
 * The numbers of a community's wall notice (公示牌) as of a date D (issue [prints] item 5), each from the service
 * that owns its rule — nothing is recomputed here: the population snapshot (LF, LFW, employed, unemployed,
 * zero-employment families now), the family episodes (eliminated this year: ended by a member's employment from
 * 1 January to D), the recognitions in force on D, the service records and vacancies of the community, and the
 * assessment under the standards the print settings name.
 */
import { AppError } from '../../../shared/app-error';
import type { NoticeData, NoticeInput } from '../../../shared/contract/notice';
import type { UnitResult } from '../../../shared/contract/assessment';
import { yearStart } from '../../../shared/domain/dates';
import { addDays } from '../../../shared/domain/dates';
import { familiesDuring } from '../../../db/repositories/population/family-episodes-repo';
import { findCommunityById } from '../../../db/repositories/communities/communities-repo';
import { openVacanciesOn } from '../../../db/repositories/employers/open-vacancies-repo';
import { communityServicesByKind } from '../../../db/repositories/services/community-services-repo';
import { personsServedBetween } from '../../../db/repositories/services/services-given-repo';
import { recognisedWithPlaceOn } from '../../../db/repositories/recognitions/recognitions-on-date-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { streetHead } from '../assessment/assessment-handlers';
import { runAssessment } from '../assessment/run-assessment';
import { streetSnapshot } from '../population/queries';
import { printHeaderData } from '../street/print-header';
import { readPrintSettings } from '../street/print-settings';

function communityUnit(db: DeskDatabase, standardId: string, asOf: string, communityId: number, today: string): { unit: UnitResult; standard: NoticeData['assessment']['standard'] } {
  const run = runAssessment(db, { standardId, asOf, communityId }, today, streetHead(db));
  const unit = run.communities.find((c) => c.communityId === communityId);
  if (!unit) throw new AppError('INTERNAL', '考核结果中缺少该社区');
  const { id, version, name, example } = run.standard;
  return { unit, standard: { id, version, name, example } };
}

export function noticeData(db: DeskDatabase, input: NoticeInput, today: string): NoticeData {
  const { communityId, asOf } = input;
  if (asOf > today) throw AppError.invalid(`公示日期 ${asOf} 晚于今天（${today}），公示牌只能反映已经发生的情况`, [{ path: 'asOf', message: '不能晚于今天' }]);
  const community = findCommunityById(db, communityId);
  if (!community) throw new AppError('NOT_FOUND', '找不到该社区，请刷新后重新选择', { fields: [{ path: 'communityId', message: '找不到该社区' }] });
  const header = printHeaderData(db, communityId);
  const period = { from: yearStart(asOf), to: asOf };

  const counts = streetSnapshot(db, asOf, communityId).total;

  const eliminatedThisYear = familiesDuring(db, 'zero_employment', addDays(period.from, -1), asOf).filter(
    (f) => f.communityId === communityId && f.endReason === 'employed' && f.ended !== null && f.ended >= period.from && f.ended <= asOf,
  ).length;

  const recognised = [...new Map(recognisedWithPlaceOn(db, asOf, communityId).map((r) => [r.personId, r])).values()];
  const served = personsServedBetween(db, recognised.map((r) => r.personId), period.from, asOf, false);

  const byKind = new Map(communityServicesByKind(db, communityId, period.from, asOf).map((k) => [k.kind, k.count]));
  const kind = (k: string) => byKind.get(k) ?? 0;

  const vacancies = openVacanciesOn(db, communityId, asOf);

  const settings = readPrintSettings(db).notice;
  const assessed = communityUnit(db, settings.standardId, asOf, communityId, today);
  const starred = settings.starStandardId === null ? null : communityUnit(db, settings.starStandardId, asOf, communityId, today);

  return {
    asOf,
    period,
    street: { code: header.streetCode, name: header.streetName, complaintPhone: header.complaintPhone, complaintMailbox: header.complaintMailbox, address: header.address },
    community: { id: community.id, code: community.code, name: community.name, kind: community.kind },
    population: {
      labourResources: counts.labourResources,
      withWish: counts.lfw,
      employed: counts.employedLfw,
      unemployed: counts.unemployed,
      registeredUnemployed: counts.registeredUnemployed,
      employmentRate: counts.lfw === 0 ? null : counts.employedLfw / counts.lfw,
    },
    zeroEmploymentFamilies: { now: counts.zeroEmploymentFamilies, eliminatedThisYear },
    difficultPersons: {
      recognised: recognised.length,
      helpedThisYear: recognised.filter((r) => served.has(r.personId)).length,
      employed: recognised.filter((r) => r.employed === 1).length,
    },
    services: {
      total: [...byKind.values()].reduce((n, c) => n + c, 0),
      guidance: kind('guidance'),
      referral: kind('referral'),
      training: kind('training'),
      policy: kind('policy_benefit') + kind('public_welfare_post'),
    },
    vacancies: { open: vacancies.vacancies, posts: vacancies.posts },
    assessment: { standard: assessed.standard, verdict: assessed.unit.verdict, score: assessed.unit.score, maxScore: assessed.unit.maxScore },
    stars: starred ? { standard: starred.standard, stars: starred.unit.stars ?? 0, starName: starred.unit.starName } : null,
  };
}
