/**
 * Hand-made residents of the small street: registrations this year with guidance in time, late, missing, pending
 * and cancelled before the deadline; long-term unemployed and registrations nearing one year; migrant workers,
 * veterans, graduates, students; people at 15 and 16, near retirement, entering 4050; someone who moved away.
 */
import { addYearsToDay, yearOfDay } from '../../../shared/domain/dates';
import type { ScenarioKit } from './scenario-kit';

/** Registered on the Tuesday near `regAgo` after a job that ended a week before; guidance `guidanceAfter` days later. */
function registrant(kit: ScenarioKit, id: string, regAgo: number, guidanceAfter: number | null): number {
  const registered = kit.tuesday(regAgo);
  kit.spell(id, registered - 1500, registered - 7);
  kit.register(id, registered, 'unemployed');
  if (guidanceAfter !== null) kit.service(id, registered + guidanceAfter, 'guidance');
  return registered;
}

/** A household of the registrant and an employed spouse (so no zero-employment family appears by accident). */
function withEmployedSpouse(kit: ScenarioKit, community: number, gender: 'M' | 'F', age: number): string {
  const h = kit.household(community);
  const id = h.worker('head', gender, age);
  kit.employed(h.worker('spouse', gender === 'M' ? 'F' : 'M', age + (gender === 'M' ? -2 : 2)), 2000);
  return id;
}

export function guidanceCases(kit: ScenarioKit): void {
  // On time (guidance 0–2 days after registration), some since placed in work.
  const a = withEmployedSpouse(kit, 0, 'F', 33);
  const aReg = kit.tuesday(250);
  kit.spell(a, aReg - 1500, aReg - 7);
  kit.register(a, aReg, 'unemployed', aReg + 40);
  kit.service(a, aReg, 'guidance');
  kit.service(a, aReg + 35, 'referral', 'hired');
  kit.spell(a, aReg + 40, null);
  registrant(kit, withEmployedSpouse(kit, 1, 'M', 29), 200, 1);
  const c = withEmployedSpouse(kit, 2, 'F', 40);
  const cReg = kit.tuesday(150);
  kit.spell(c, cReg - 900, cReg - 10, 'flexible');
  kit.register(c, cReg, 'unemployed', cReg + 25);
  kit.service(c, cReg + 2, 'guidance');
  kit.spell(c, cReg + 25, null, 'flexible');
  registrant(kit, withEmployedSpouse(kit, 0, 'M', 31), 100, 1);
  registrant(kit, withEmployedSpouse(kit, 1, 'F', 36), 50, 0);

  // Late: guidance 9 and 10 days after registration.
  registrant(kit, withEmployedSpouse(kit, 0, 'M', 42), 180, 9);
  const g = withEmployedSpouse(kit, 1, 'F', 39);
  const gReg = kit.tuesday(120);
  kit.spell(g, gReg - 1200, gReg - 5);
  kit.register(g, gReg, 'unemployed', gReg + 60);
  kit.service(g, gReg + 10, 'guidance');
  kit.spell(g, gReg + 60, null);

  // None: registered three weeks ago, a referral the next day (which is not guidance), no guidance at all.
  const h = withEmployedSpouse(kit, 0, 'M', 27);
  const hReg = registrant(kit, h, 20, null);
  kit.service(h, hReg + 1, 'referral', 'pending');

  // Pending: registered yesterday, no service yet.
  const i = withEmployedSpouse(kit, 1, 'F', 24);
  kit.spell(i, kit.ago(400), kit.ago(3), 'flexible');
  kit.register(i, kit.ago(1), 'unemployed');

  // Cancelled the day after registering (found work) without guidance: excluded from the indicator.
  const j = withEmployedSpouse(kit, 0, 'M', 34);
  const jReg = kit.tuesday(75);
  kit.spell(j, jReg - 800, jReg - 5);
  kit.register(j, jReg, 'unemployed', jReg + 1);
  kit.spell(j, jReg + 1, null);
}

export function longUnemployed(kit: ScenarioKit): void {
  // Nearing one year: 11 and 9 months.
  const k = withEmployedSpouse(kit, 2, 'F', 42);
  kit.spell(k, kit.ago(2000), kit.ago(340));
  kit.register(k, kit.ago(330), 'unemployed');
  kit.service(k, kit.ago(329), 'guidance');
  kit.service(k, kit.ago(150), 'assistance_agreement');
  kit.service(k, kit.ago(40), 'training');
  const l = withEmployedSpouse(kit, 0, 'M', 30);
  kit.spell(l, kit.ago(1000), kit.ago(290));
  kit.register(l, kit.ago(275), 'unemployed');
  kit.service(l, kit.ago(274), 'guidance');
  kit.service(l, kit.ago(60), 'referral', 'pending');
}

export function specialGroups(kit: ScenarioKit): void {
  // Migrant workers: one served this year, one only last year.
  const m = kit.household(2, { urban: false });
  const mHead = m.worker('head', 'M', 38, { migrantWorker: true });
  kit.employed(m.worker('spouse', 'F', 36), 1500, 'flexible');
  kit.spell(mHead, kit.ago(900), null, 'migrant', '外出务工（苏州）');
  kit.service(mHead, kit.ago(60), 'follow_up');
  const n = kit.household(2, { urban: false });
  kit.employed(n.worker('head', 'M', 58), 3000, 'flexible');
  n.person('spouse', 'F', kit.born(56), { hasWish: false, noWishReason: '其他' });
  const nSon = n.worker('child', 'M', 29, { migrantWorker: true });
  kit.spell(nSon, kit.ago(500), null, 'migrant', '外出务工（上海）');
  kit.service(nSon, kit.ago(400), 'training');

  // Veterans, graduates, a university student.
  const o = kit.household(1);
  kit.employed(o.worker('head', 'M', 52), 4000);
  kit.employed(o.worker('spouse', 'F', 50), 3000);
  const veteran = o.worker('child', 'M', 24, { veteran: true, education: 'senior' });
  const vReg = kit.tuesday(60);
  kit.register(veteran, vReg, 'veteran');
  kit.service(veteran, vReg + 1, 'guidance');
  kit.service(veteran, vReg + 20, 'training');
  const q = kit.household(0);
  kit.employed(q.worker('head', 'M', 50, { veteran: true }), 5000);
  kit.employed(q.worker('spouse', 'F', 48), 3500, 'flexible');
  const graduate = q.worker('child', 'F', 22, { education: 'bachelor', graduationYear: yearOfDay(kit.asOf) });
  const gReg = kit.tuesday(140);
  kit.register(graduate, gReg, 'graduate');
  kit.service(graduate, gReg, 'guidance');
  kit.service(graduate, gReg + 30, 'job_preparation');
  kit.service(graduate, kit.ago(25), 'referral', 'pending');
  const olderGraduate = q.worker('child', 'M', 23, { education: 'college', graduationYear: yearOfDay(kit.asOf) - 1 });
  kit.employed(olderGraduate, 300);
  q.student('child', 'M', 19, { education: 'senior' });

  // Turning 16 in 10 days (a pupil), turning 16 today (a pupil), turned 16 five days ago (out of school, looking).
  const t = kit.household(1);
  kit.employed(t.worker('head', 'M', 44), 3000);
  kit.employed(t.worker('spouse', 'F', 42), 2500);
  t.person('child', 'M', addYearsToDay(kit.asOf + 10, -16), { isStudent: true, hasWish: false, noWishReason: '在校', education: 'primary' });
  const u = kit.household(0);
  kit.employed(u.worker('head', 'F', 47), 2800);
  u.person('child', 'M', addYearsToDay(kit.asOf - 5, -16), { education: 'junior' });
  const v = kit.household(2, { urban: false });
  kit.employed(v.worker('head', 'M', 45), 4000, 'migrant');
  v.person('child', 'F', addYearsToDay(kit.asOf, -16), { isStudent: true, hasWish: false, noWishReason: '在校', education: 'junior' });
}

export function agesAndArchive(kit: ScenarioKit): void {
  // Reaching retirement within 30 days: a 55-base woman, a 50-base woman, a man; one man just past it.
  const w = kit.household(0);
  kit.employed(w.person('head', 'F', kit.bornToRetireIn('F', 55, 15), { retirementBase: 55 }), 6000);
  const x = kit.household(1);
  kit.employed(x.person('head', 'F', kit.bornToRetireIn('F', 50, 20), { retirementBase: 50 }), 2000, 'flexible');
  const y = kit.household(2, { urban: false });
  kit.employed(y.person('head', 'M', kit.bornToRetireIn('M', null, 25)), 7000);
  y.retiree('spouse', 'F', 58);
  const z = kit.household(0);
  const zHead = z.person('head', 'M', kit.bornToRetireIn('M', null, -10), { isRetired: true, hasWish: false, noWishReason: '退休' });
  kit.spell(zHead, kit.ago(8000), kit.ago(11));
  z.retiree('spouse', 'F', 61);

  // Entering 4050: a man turning 50 in 10 days, his wife turning 40 in 20 days.
  const f = kit.household(1);
  kit.employed(f.person('head', 'M', addYearsToDay(kit.asOf + 10, -50)), 5000);
  kit.employed(f.person('spouse', 'F', addYearsToDay(kit.asOf + 20, -40)), 3000, 'flexible');
  f.student('child', 'F', 12);

  // Moved away: a son archived 140 days ago; his job ended when he left.
  const a = kit.household(1);
  kit.employed(a.worker('head', 'F', 54), 5000);
  const son = a.person('child', 'M', kit.born(30), {}, kit.ago(140));
  kit.spell(son, kit.ago(1000), kit.ago(140));
  kit.service(son, kit.ago(200), 'training');
}
