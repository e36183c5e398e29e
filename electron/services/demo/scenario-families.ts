/**
 * Hand-made families of the small street (offsets are days before the as-of date A): zero-employment families
 * present for more than a month and within the month, two already eliminated this year (in time and late),
 * look-alikes that do not count (rural, business income, an employed child), and 低保 households.
 */
import { yearOfDay } from '../../../shared/domain/dates';
import type { ScenarioKit } from './scenario-kit';

/** Lost a job long ago (spell [startAgo, endAgo]), registered at regAgo, guidance the next day, still registered. */
function laidOffAndRegistered(kit: ScenarioKit, id: string, startAgo: number, endAgo: number, regAgo: number, reason: 'unemployed' | 'laid_off' | 'returnee' = 'unemployed'): void {
  kit.spell(id, kit.ago(startAgo), kit.ago(endAgo), reason === 'returnee' ? 'migrant' : 'unit');
  kit.register(id, kit.ago(regAgo), reason);
  kit.service(id, kit.ago(regAgo - 1), 'guidance');
  for (let ago = regAgo - 30; ago > 0; ago -= 45) kit.service(id, kit.ago(ago), 'follow_up');
}

export function zeroEmploymentFamilies(kit: ScenarioKit): void {
  // Present since A−94 (more than a month): both parents out of work; the head refused two referrals.
  const a = kit.household(0);
  const head = a.worker('head', 'M', 48);
  const wife = a.worker('spouse', 'F', 46, { trainingWanted: '育婴员培训', policiesEnjoyed: '无' });
  a.student('child', 'M', 12);
  laidOffAndRegistered(kit, head, 3000, 95, 90);
  kit.service(head, kit.ago(70), 'referral', 'refused');
  kit.service(head, kit.ago(45), 'referral', 'refused');
  laidOffAndRegistered(kit, wife, 2000, 160, 150);

  // Present since A−419, 低保, the mother has partial work ability and has been registered for over a year.
  const b = kit.household(1, { dibao: true });
  const mother = b.worker('head', 'F', 41, { workAbility: 'partial', policiesEnjoyed: '低保' });
  b.student('child', 'M', 17);
  laidOffAndRegistered(kit, mother, 1500, 420, 400);
  kit.service(mother, kit.ago(300), 'assistance_agreement');
  kit.service(mother, kit.ago(298), 'commitment');
  kit.service(mother, kit.ago(20), 'policy_benefit', null, '就业困难人员社保补贴 2100 元');

  // Present since A−11 (within the month): a man living alone, just registered.
  const c = kit.household(0);
  const single = c.worker('head', 'M', 35);
  kit.spell(single, kit.ago(1200), kit.ago(12));
  kit.register(single, kit.ago(8), 'unemployed');
  kit.service(single, kit.ago(7), 'guidance');

  // Present since A−19: a young couple; the wife, a graduate, never worked and is neither registered nor served.
  const d = kit.household(1);
  const husband = d.worker('head', 'M', 28);
  d.worker('spouse', 'F', 27, { education: 'bachelor', graduationYear: yearOfDay(kit.asOf) - 4 });
  kit.spell(husband, kit.ago(700), kit.ago(20));
  kit.register(husband, kit.ago(16), 'unemployed');
  kit.service(husband, kit.ago(15), 'guidance');

  // Was one from A−199 to A−181: eliminated within the month when the head found work; the wife is still looking.
  const e = kit.household(0);
  const eHead = e.worker('head', 'M', 52);
  const eWife = e.worker('spouse', 'F', 47);
  kit.spell(eHead, kit.ago(5000), kit.ago(200));
  kit.spell(eHead, kit.ago(180), null, 'unit');
  laidOffAndRegistered(kit, eWife, 2500, 230, 225);

  // Was one from A−299 to A−221: eliminated late (after more than a month).
  const f = kit.household(1);
  const fHead = f.worker('head', 'F', 45);
  kit.spell(fHead, kit.ago(2000), kit.ago(300));
  kit.register(fHead, kit.ago(298), 'unemployed', kit.ago(220));
  kit.service(fHead, kit.ago(297), 'guidance');
  kit.service(fHead, kit.ago(226), 'referral', 'hired', '社区推荐岗位（家政服务）');
  kit.spell(fHead, kit.ago(220), null, 'flexible', '家政服务');
}

export function lookAlikeFamilies(kit: ScenarioKit): void {
  // Rural: both out of work after coming home from migrant work; not a zero-employment family by default.
  const a = kit.household(2, { urban: false });
  const head = a.worker('head', 'M', 50, { migrantWorker: true });
  const wife = a.worker('spouse', 'F', 48, { migrantWorker: true });
  laidOffAndRegistered(kit, head, 1800, 100, 95, 'returnee');
  laidOffAndRegistered(kit, wife, 1800, 130, 125, 'returnee');

  // Business income: out of work, but the family lives on its shop's income.
  const b = kit.household(0, { businessIncome: true });
  const owner = b.worker('head', 'M', 44);
  kit.spell(owner, kit.ago(1800), kit.ago(70), 'self_employed', '个体工商户（五金店）');
  kit.service(owner, kit.ago(40), 'follow_up');

  // Double-unemployed (head and spouse both out of work), but their son works: not a zero-employment family.
  const c = kit.household(1);
  const cHead = c.worker('head', 'M', 55);
  const cWife = c.worker('spouse', 'F', 53);
  const son = c.worker('child', 'M', 26);
  laidOffAndRegistered(kit, cHead, 6000, 500, 480, 'laid_off');
  laidOffAndRegistered(kit, cWife, 3000, 260, 250);
  kit.employed(son, 900);
}

export function dibaoFamilies(kit: ScenarioKit): void {
  const a = kit.household(0, { dibao: true });
  const mother = a.worker('head', 'F', 45);
  const father = a.worker('spouse', 'M', 47, { workAbility: 'partial' });
  a.student('child', 'F', 14);
  kit.spell(mother, kit.ago(400), null, 'public_welfare', '江滨街道公益性岗位（社区保洁）');
  kit.service(mother, kit.ago(400), 'public_welfare_post', null, '安置公益性岗位：社区保洁');
  laidOffAndRegistered(kit, father, 2200, 210, 200);

  const b = kit.household(1, { dibao: true });
  const bHead = b.worker('head', 'M', 58, { workAbility: 'partial' });
  kit.employed(bHead, 800, 'flexible');

  const c = kit.household(2, { urban: false, dibao: true });
  const cHead = c.worker('head', 'M', 50);
  const cWife = c.worker('spouse', 'F', 49);
  laidOffAndRegistered(kit, cHead, 1500, 180, 170);
  kit.employed(cWife, 600, 'flexible');

  const d = kit.household(0, { dibao: true });
  const dHead = d.worker('head', 'F', 38);
  d.student('child', 'M', 10);
  kit.employed(dHead, 1300);
}
