/**
 * The small street's hand-made cases, added after its random households, so that every indicator, ledger and
 * worklist item has something to show at the as-of date (the default 2026-11-20, or any date from about April
 * on: the cases "this year" are counted back from the as-of date).
 */
import type { Community } from './communities';
import type { DemoContext } from './context';
import { dayFromYmd, yearOfDay } from '../../../shared/domain/dates';
import { dibaoFamilies, lookAlikeFamilies, zeroEmploymentFamilies } from './scenario-families';
import { ScenarioKit } from './scenario-kit';
import { agesAndArchive, guidanceCases, longUnemployed, specialGroups } from './scenario-people';

function complaints(kit: ScenarioKit): void {
  const lastYear = yearOfDay(kit.asOf) - 1;
  kit.complaint(0, kit.ago(190), '反映社区未按时回访', true);
  kit.complaint(0, kit.ago(110), '咨询灵活就业社保补贴申领被拒', false);
  kit.complaint(1, kit.ago(240), '反映招聘信息未及时公示', false);
  kit.complaint(1, dayFromYmd(lastYear, 10, 20), '反映公益性岗位补贴发放不及时', true);
  kit.complaint(2, dayFromYmd(lastYear, 6, 15), '反映培训课程安排不合理', false);
}

export function addScenarios(ctx: DemoContext, communities: Community[]): void {
  const kit = new ScenarioKit(ctx, communities);
  zeroEmploymentFamilies(kit);
  lookAlikeFamilies(kit);
  dibaoFamilies(kit);
  guidanceCases(kit);
  longUnemployed(kit);
  specialGroups(kit);
  agesAndArchive(kit);
  complaints(kit);
}
