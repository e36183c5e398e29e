/**
 * What else a clerk records in the demo street, so that every sheet of the workbook (version 2) and every screen has
 * realistic data: the communities' contacts and 六到位 notes; the employers the referrals and spells name, with the
 * vacancies the referrals were made to; course, hours and benefit details of trainings and benefits; wished jobs
 * (with the day recorded) that match open vacancies; the yearly 低保 review of dibao households; visits to
 * households as a whole; difficulty recognitions, 一人一策 agreements with their measures and follow-ups for the
 * people the demo signed an agreement with; judged and resolved complaints; why people left; families who
 * arrived later. What a follow-up found agrees with the person's state that day (no 就业稳定 while unemployed).
 *
 * A stream of its own decides them, and they are chosen not to change what the rest of the street counts: the
 * persons, spells, registrations and services stay what they were (services gain their clerk, some details and links), dated
 * wishes and flags repeat the values in force, household visits go to households without working-age members,
 * recognitions are not 特别困难, later arrivals are before 2021 with nothing recorded before them.
 */
import type {
  EmployerRecord,
  FiveClearRecord,
  HouseholdServiceRecord,
  MeasureRecord,
  PersonRecord,
  PlatformChecklist,
  RecognitionCategory,
  ServiceKind,
  ServiceRecord,
  VacancyRecord,
} from '../../../shared/domain/workbook/records';
import { PLATFORM_ITEMS } from '../../../shared/domain/workbook/records';
import type { MeasureKind } from '../../../shared/domain/assistance';
import type { Community } from './communities';
import type { DemoContext } from './context';
import { dayFromYmd, dayOf, isoOf, yearOfDay, ymdOf } from '../../../shared/domain/dates';
import { mobilePhone, surname } from './names';
import { sixteenthBirthday } from './population-rules';

const CLERKS = ['王芳', '李敏', '张强', '陈静', '刘洋'];
const REVIEWERS = ['李建国', '周海燕'];
const GOALS = ['三个月内实现就业', '半年内实现稳定就业', '参加技能培训后上岗', '通过公益性岗位过渡就业'];

/** Job titles by the kind of employer (the end of its name). */
const TITLES: [string, string[]][] = [
  ['机械制造', ['装配工', '数控车工', '焊工', '质检员']],
  ['电子科技', ['电子装配工', '质检员', '仓库管理员']],
  ['物流', ['仓库管理员', '叉车司机', '快递员', '分拣员']],
  ['商贸', ['营业员', '理货员', '客服专员']],
  ['建设工程', ['电工', '钢筋工', '安全员']],
  ['食品', ['食品包装工', '质检员', '理货员']],
  ['物业管理', ['保洁员', '保安员', '绿化工']],
  ['酒店管理', ['客房服务员', '前台接待', '厨师']],
  ['纺织', ['缝纫工', '挡车工']],
  ['汽车服务', ['汽车维修工', '洗车工', '客服专员']],
  ['医药连锁', ['营业员', '配送员']],
  ['家政服务', ['家政服务员', '育婴员', '养老护理员']],
  ['餐饮管理', ['厨师', '面点师', '服务员']],
  ['包装材料', ['包装工', '仓库管理员']],
  ['超市', ['收银员', '理货员', '营业员']],
  ['软件', ['客服专员', '电子商务专员']],
  ['船舶配件', ['焊工', '装配工']],
  ['新材料科技', ['操作工', '质检员']],
  ['保安服务', ['保安员']],
  ['印务', ['印刷工', '装订工']],
];
const SKILLS_WANTED: Record<string, string> = {
  装配工: '能看懂装配图', 数控车工: '会操作数控车床', 焊工: '持焊工证', 电工: '持低压电工证', 叉车司机: '持叉车证',
  收银员: '熟练使用收银机', 育婴员: '持育婴员证', 养老护理员: '有护理经验', 厨师: '持中式烹调师证', 保安员: '身体健康',
};

function titlesFor(employer: string): string[] {
  return TITLES.find(([kind]) => employer.includes(kind))?.[1] ?? ['普工'];
}

type Ctx = DemoContext;

function platformOf(ctx: Ctx, c: Community): PlatformChecklist {
  const notes: Record<(typeof PLATFORM_ITEMS)[number], string> = {
    organisation: `${c.record.name}劳动保障服务站已挂牌`,
    staff: `专职劳动保障协理员 ${ctx.rng.range(1, 3)} 名`,
    funding: '工作经费列入街道年度预算',
    premises: `服务站办公用房 ${ctx.rng.range(20, 60)} 平方米，配电脑、打印机`,
    rules: '服务流程、工作制度上墙公示',
    results: '就业援助台账齐全',
  };
  const out: PlatformChecklist = {};
  for (const item of PLATFORM_ITEMS) {
    const ok = ctx.rng.chance(0.9);
    out[item] = { ok, note: ok ? notes[item] : '正在落实' };
  }
  return out;
}

function communities(ctx: Ctx, list: Community[]): void {
  for (const c of list) {
    c.record.contact = `${surname(ctx.rng)}主任 ${mobilePhone(ctx.rng)}`;
    c.record.platform = platformOf(ctx, c);
  }
}

function employers(ctx: Ctx, list: Community[]): EmployerRecord[] {
  const from = dayFromYmd(2021, 1, 1);
  const to = Math.min(ctx.asOf, dayFromYmd(2025, 12, 31));
  const out = ctx.employers.map((name): EmployerRecord => {
    const paired = ctx.rng.chance(0.3) ? ctx.rng.pick(list) : null;
    return {
      name,
      contact: ctx.rng.chance(0.8) ? `${surname(ctx.rng)}经理 ${mobilePhone(ctx.rng)}` : null,
      pairedCommunityCode: paired?.record.code ?? null,
      pairedOn: paired && to > from ? isoOf(ctx.rng.range(from, to)) : null,
    };
  });
  ctx.builder.data.employers.push(...out);
  return out;
}

/**
 * Vacancies that cover each employer's referrals: a referral falls in a vacancy open on its day (published before,
 * filled on or after), and is linked to it. Employers without referrals publish one or two.
 */
function vacancies(ctx: Ctx, list: EmployerRecord[], communityCodes: string[]): void {
  const { rng, asOf, builder } = ctx;
  const referrals = new Map<string, ServiceRecord[]>();
  for (const s of builder.data.services) {
    if (s.kind !== 'referral' || s.content === null) continue;
    const l = referrals.get(s.content);
    if (l) l.push(s);
    else referrals.set(s.content, [s]);
  }
  const seen = new Set<string>();
  const open = (employer: EmployerRecord, opened: number): VacancyRecord => {
    const title = rng.pick(titlesFor(employer.name));
    let day = opened;
    while (seen.has(`${employer.name}|${title}|${day}`)) day -= 1;
    seen.add(`${employer.name}|${title}|${day}`);
    const vacancy: VacancyRecord = {
      employer: employer.name,
      title,
      openedOn: isoOf(day),
      communityCode: employer.pairedCommunityCode ?? (rng.chance(0.3) ? rng.pick(communityCodes) : null),
      posts: rng.range(1, 8),
      skills: SKILLS_WANTED[title] ?? null,
      wage: rng.range(28, 65) * 100,
      filledOn: null,
      publicWelfare: title === '保洁员' || title === '绿化工' ? rng.chance(0.3) : false,
      developedByCommunity: rng.chance(0.25),
    };
    builder.data.vacancies.push(vacancy);
    return vacancy;
  };
  for (const employer of list) {
    const list2 = (referrals.get(employer.name) ?? []).slice().sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    let current: VacancyRecord | null = null;
    let until = 0;
    for (const r of list2) {
      const day = dayOf(r.date);
      if (current === null || day > until) {
        if (current !== null) current.filledOn = isoOf(until);
        current = open(employer, day - rng.range(3, 40));
        until = Math.max(day, dayOf(current.openedOn) + rng.range(30, 150));
      }
      r.vacancy = { employer: current.employer, title: current.title, openedOn: current.openedOn };
    }
    if (current !== null && until < asOf) current.filledOn = isoOf(until);
    if (list2.length === 0) {
      const count = rng.range(1, 2);
      for (let i = 0; i < count; i += 1) {
        const v = open(employer, rng.range(asOf - 400, asOf - 5));
        if (rng.chance(0.5)) v.filledOn = isoOf(Math.min(asOf, dayOf(v.openedOn) + rng.range(20, 90)));
      }
    }
  }
}

/** Spells with a registered employer name it; unit spells get a post and whether a contract and insurance were in place. */
function spells(ctx: Ctx, list: EmployerRecord[]): void {
  const names = new Set(list.map((e) => e.name));
  for (const s of ctx.builder.data.spells) {
    if (s.employerName === null || !names.has(s.employerName)) continue;
    s.employer = s.employerName;
    s.post = ctx.rng.pick(titlesFor(s.employerName));
    s.contractSigned = ctx.rng.chance(0.9);
    s.socialInsurancePaid = ctx.rng.chance(0.85);
  }
}

/** Training course and hours, benefit type, amount, period and approval number, from what the record says. */
function serviceDetails(ctx: Ctx): void {
  let approval = 0;
  for (const s of ctx.builder.data.services) {
    if (s.kind === 'training' && s.content !== null) {
      s.course = s.content;
      s.hours = ctx.rng.range(3, 20) * 8;
      s.certificate = ctx.rng.chance(0.4) ? `${s.content.replace(/培训.*$/, '')}（初级）证书` : null;
    } else if (s.kind === 'policy_benefit' && s.content !== null) {
      const m = /^(.*?)\s*(\d+)\s*元$/.exec(s.content);
      const year = s.date.slice(0, 4);
      approval += 1;
      s.benefitType = (m ? m[1] : s.content.replace(/（.*）$/, '')) ?? s.content;
      s.amount = m ? Number(m[2]) : ctx.rng.range(5, 30) * 100;
      s.benefitPeriod = s.content.includes('季度') ? `${year} 年第 ${Math.floor((Number(s.date.slice(5, 7)) - 1) / 3) + 1} 季度` : `${year} 年`;
      s.approvalNumber = `JB${year}-${String(approval).padStart(5, '0')}`;
    }
  }
}

/**
 * Who recorded each service: the clerk of the person's community (one per community, in code order; no draw from the
 * stream, so the rest stays as it was). The 待办 rows name the clerk who last served their subject from these.
 */
function serviceClerks(ctx: Ctx): void {
  const { data } = ctx.builder;
  const codes = [...new Set(data.households.map((h) => h.communityCode))].sort();
  const clerkOfCommunity = new Map(codes.map((code, i) => [code, CLERKS[i % CLERKS.length] ?? null]));
  const communityOfHousehold = new Map(data.households.map((h) => [h.number, h.communityCode]));
  const householdOfPerson = new Map(data.persons.map((p) => [p.idNumber, p.householdNumber]));
  for (const s of data.services) {
    if (s.clerk !== null) continue;
    const community = communityOfHousehold.get(householdOfPerson.get(s.idNumber) ?? '');
    s.clerk = community === undefined ? null : (clerkOfCommunity.get(community) ?? null);
  }
}

/**
 * A wished job for some of the registered unemployed with a wish and no refused referral, recorded on the day they
 * registered: what they want (a title vacancies are published under, so matching finds them) repeats the wish in force.
 */
function wishes(ctx: Ctx): void {
  const { rng, builder } = ctx;
  const refused = new Set(builder.data.services.filter((s) => s.referralResult === 'refused').map((s) => s.idNumber));
  const lastRegistration = new Map<string, string>();
  for (const g of builder.data.registrations) {
    if (g.cancelledOn === null && (lastRegistration.get(g.idNumber) ?? '') < g.registeredOn) lastRegistration.set(g.idNumber, g.registeredOn);
  }
  const titles = [...new Set(builder.data.vacancies.filter((v) => v.filledOn === null).map((v) => v.title))];
  if (titles.length === 0) return;
  for (const p of builder.persons) {
    const registered = lastRegistration.get(p.idNumber);
    if (registered === undefined || p.hasWish !== true || p.archivedOn !== null || refused.has(p.idNumber) || !rng.chance(0.5)) continue;
    builder.data.wishes.push({
      idNumber: p.idNumber,
      recordedOn: registered,
      hasWish: true,
      wishedJob: rng.pick(titles),
      wishedWage: rng.range(25, 50) * 100,
      trainingWanted: p.trainingWanted,
      noWishReason: null,
      deemedByRefusals: false,
    });
  }
}

/** The yearly review of 低保 households (年审): 低保户 confirmed from 1 January of a recent year. */
function householdFlags(ctx: Ctx): void {
  const year = Math.min(2025, yearOfDay(ctx.asOf));
  for (const h of ctx.builder.households) {
    if (!h.dibao) continue;
    ctx.builder.data.householdFlags.push({ householdNumber: h.number, effectiveFrom: isoOf(dayFromYmd(year, 1, 1)), dibao: true, urban: null, businessIncome: null });
  }
}

const ageOn = (p: PersonRecord, day: number): number => {
  const b = ymdOf(dayOf(p.birthDate));
  const d = ymdOf(day);
  return d.y - b.y - (d.m < b.m || (d.m === b.m && d.d < b.d) ? 1 : 0);
};

/** Visits to households whose members are all children or elderly since 2022 (no one of working age to serve). */
function householdServices(ctx: Ctx): void {
  const { rng, asOf, builder } = ctx;
  const from = dayFromYmd(2022, 1, 1);
  if (asOf <= from) return;
  const members = new Map<string, PersonRecord[]>();
  for (const p of builder.persons) {
    const l = members.get(p.householdNumber);
    if (l) l.push(p);
    else members.set(p.householdNumber, [p]);
  }
  const moved = new Set(builder.data.moves.flatMap((m) => [m.fromHouseholdNumber, m.toHouseholdNumber]));
  for (const h of builder.households) {
    const list = members.get(h.number) ?? [];
    if (list.length === 0 || moved.has(h.number) || !list.every((p) => ageOn(p, asOf) < 16 || ageOn(p, from) >= 65)) continue;
    const count = rng.range(1, 2);
    const days = new Set<number>();
    for (let i = 0; i < count; i += 1) days.add(rng.range(from, asOf));
    for (const day of days) {
      const benefit = h.dibao && rng.chance(0.5);
      const record: HouseholdServiceRecord = {
        householdNumber: h.number,
        date: isoOf(day),
        kind: benefit ? 'policy_benefit' : 'follow_up',
        content: benefit ? '低保家庭临时救助' : '入户走访：了解家庭情况，宣传就业援助政策',
        seq: 1,
        clerk: rng.pick(CLERKS),
        outcome: benefit ? null : '家庭成员均已退休或年幼，暂无就业需求',
        benefitType: benefit ? '临时救助' : null,
        amount: benefit ? rng.range(3, 10) * 100 : null,
        benefitPeriod: benefit ? `${yearOfDay(day)} 年` : null,
        approvalNumber: benefit ? `LJ${yearOfDay(day)}-${String(rng.range(1, 999)).padStart(3, '0')}` : null,
      };
      builder.data.householdServices.push(record);
    }
  }
}

const SERVICE_TO_MEASURE: Partial<Record<ServiceKind, MeasureKind>> = {
  guidance: 'guidance',
  referral: 'referral',
  training: 'training',
  policy_benefit: 'policy_benefit',
  job_preparation: 'job_preparation',
  public_welfare_post: 'public_welfare_post',
};

function categoryOf(p: PersonRecord, day: number, dibao: boolean): RecognitionCategory {
  const age = ageOn(p, day);
  if ((p.gender === 'F' && age >= 40) || (p.gender === 'M' && age >= 50)) return '4050';
  if (dibao) return 'dibao';
  return 'other';
}

function fiveClear(p: PersonRecord, householdSize: number): FiveClearRecord {
  return {
    skills: { clear: true, note: p.skills ?? '无专业技能' },
    jobWish: { clear: true, note: '有就业意愿' },
    family: { clear: true, note: `家庭成员 ${householdSize} 人` },
    employment: { clear: true, note: '登记失业' },
    policies: { clear: true, note: p.policiesEnjoyed ?? '暂未享受' },
  };
}

/**
 * For each person the demo signed an agreement with (their first 援助协议 record): the recognition it stands on
 * (applied for two to four weeks before, recognised within a week), the agreement signed that day, its follow-ups
 * (the person's 跟踪回访 while it was in force), measures done by the person's services after it, one planned
 * ahead while in force; recognition and agreement end on the day the person started work again (or moved away).
 */
function recognitions(ctx: Ctx): void {
  const { rng, asOf, builder } = ctx;
  const data = builder.data;
  const persons = new Map(builder.persons.map((p) => [p.idNumber, p]));
  const households = new Map(builder.households.map((h) => [h.number, h]));
  const size = new Map<string, number>();
  for (const p of builder.persons) size.set(p.householdNumber, (size.get(p.householdNumber) ?? 0) + 1);
  const servicesOf = new Map<string, ServiceRecord[]>();
  for (const s of data.services) {
    const l = servicesOf.get(s.idNumber);
    if (l) l.push(s);
    else servicesOf.set(s.idNumber, [s]);
  }
  const spellsOf = new Map<string, string[]>();
  for (const s of data.spells) spellsOf.set(s.idNumber, [...(spellsOf.get(s.idNumber) ?? []), s.startDate]);
  for (const [idNumber, list] of servicesOf) {
    const signing = list.filter((s) => s.kind === 'assistance_agreement').sort((a, b) => (a.date < b.date ? -1 : 1))[0];
    const person = persons.get(idNumber);
    if (!signing || !person) continue;
    const signed = dayOf(signing.date);
    const applied = signed - rng.range(14, 30);
    const reviewed = applied + rng.range(2, 8);
    if (applied < sixteenthBirthday(dayOf(person.birthDate)) || (person.archivedOn !== null && dayOf(person.archivedOn) <= signed)) continue;
    const started = (spellsOf.get(idNumber) ?? []).filter((d) => d > signing.date).sort()[0] ?? null;
    const end = started ?? (person.archivedOn !== null ? person.archivedOn : null);
    const endReason = started !== null ? '已实现就业' : '迁出本街道';
    const goal = rng.pick(GOALS);
    const clerk = rng.pick(CLERKS);
    data.recognitions.push({
      idNumber,
      appliedOn: isoOf(applied),
      category: categoryOf(person, applied, households.get(person.householdNumber)?.dibao ?? false),
      decision: 'recognised',
      reviewedOn: isoOf(reviewed),
      reviewer: rng.pick(REVIEWERS),
      reviewNote: null,
      exitedOn: end,
      exitReason: end === null ? null : endReason,
      especiallyDifficult: false,
      fiveClear: fiveClear(person, size.get(person.householdNumber) ?? 1),
    });
    data.agreements.push({ idNumber, signedOn: signing.date, recognitionAppliedOn: isoOf(applied), clerk, goal, notes: null, closedOn: end, closeReason: end === null ? null : endReason });
    signing.content = `签订一人一策援助协议：${goal}`;
    signing.agreementSignedOn = signing.date;
    const last = end ?? isoOf(asOf);
    const during = list.filter((s) => s !== signing && s.date >= signing.date && s.date <= last).sort((a, b) => (a.date < b.date ? -1 : 1));
    for (const s of during) if (s.kind === 'follow_up') s.agreementSignedOn = signing.date;
    const measures: MeasureRecord[] = [];
    for (const s of during) {
      const kind = SERVICE_TO_MEASURE[s.kind];
      if (kind === undefined || measures.length >= 3) continue;
      const planned = Math.max(signed, dayOf(s.date) - rng.range(0, 10));
      measures.push({
        idNumber,
        agreementSignedOn: signing.date,
        kind,
        description: s.content ?? '按协议提供服务',
        plannedOn: isoOf(planned),
        doneOn: s.date,
        service: { date: s.date, kind: s.kind, content: s.content, seq: 1 },
      });
    }
    if (end === null) {
      measures.push({ idNumber, agreementSignedOn: signing.date, kind: 'training', description: '推荐参加职业技能培训', plannedOn: isoOf(asOf + rng.range(10, 60)), doneOn: null, service: null });
    }
    const keys = new Set<string>();
    for (const m of measures) {
      const key = `${m.plannedOn}|${m.kind}|${m.description}`;
      if (keys.has(key)) continue;
      keys.add(key);
      data.measures.push(m);
    }
  }
}

/** Reasons for every judgement, resolutions of all but the newest; judged a few days later when long past. */
function complaints(ctx: Ctx): void {
  const { rng, asOf } = ctx;
  for (const c of ctx.builder.data.complaints) {
    const day = dayOf(c.date);
    const judged = asOf - day > 400 ? day + rng.range(1, 5) : day;
    c.judgedOn = isoOf(judged);
    c.validityReason = c.valid ? '经核实，反映情况属实' : '经核实，反映情况与事实不符';
    if (asOf - judged > 15) {
      c.resolvedOn = isoOf(Math.min(asOf, judged + rng.range(1, 10)));
      c.resolution = c.valid ? '已责成社区整改，并电话答复投诉人' : '已向投诉人解释说明，投诉人表示理解';
    }
  }
}

const EMPLOYED_WORDS: Record<string, string> = { '电话回访：了解求职进展': '电话回访：了解工作适应情况' };
const SEEKING_WORDS: Record<string, string> = {
  '电话回访：就业稳定': '电话回访：了解求职进展',
  '上门回访：就业稳定': '上门回访：了解求职困难',
  '电话回访：培训后就业情况': '电话回访：培训后求职情况',
};

/** What a follow-up found agrees with the person's state that day: 就业稳定 only while employed. */
function followUps(ctx: Ctx): void {
  const spellsOf = new Map<string, { start: string; end: string | null }[]>();
  for (const s of ctx.builder.data.spells) spellsOf.set(s.idNumber, [...(spellsOf.get(s.idNumber) ?? []), { start: s.startDate, end: s.endDate }]);
  for (const s of ctx.builder.data.services) {
    if (s.kind !== 'follow_up' || s.content === null) continue;
    const employed = (spellsOf.get(s.idNumber) ?? []).some((p) => p.start <= s.date && (p.end === null || p.end >= s.date));
    s.content = (employed ? EMPLOYED_WORDS : SEEKING_WORDS)[s.content] ?? s.content;
  }
}

/** Why each archived person left. */
function archiveReasons(ctx: Ctx): void {
  for (const p of ctx.builder.persons) {
    if (p.archivedOn !== null) p.archiveReason = ageOn(p, dayOf(p.archivedOn)) >= 75 ? '死亡注销' : '户籍迁出本街道';
  }
}

/**
 * Households that arrived later (迁入日期), between 2016 and 2020: only those with nothing recorded for any member
 * before the day and no move.
 */
function arrivals(ctx: Ctx): void {
  const { rng, builder } = ctx;
  const data = builder.data;
  const firstRecord = new Map<string, string>();
  const note = (id: string, date: string) => {
    if ((firstRecord.get(id) ?? '9999') > date) firstRecord.set(id, date);
  };
  for (const g of data.registrations) note(g.idNumber, g.registeredOn);
  for (const s of data.services) note(s.idNumber, s.date);
  for (const w of data.wishes) if (w.recordedOn !== null) note(w.idNumber, w.recordedOn);
  for (const g of data.recognitions) note(g.idNumber, g.appliedOn);
  const moved = new Set(data.moves.flatMap((m) => [m.idNumber, m.fromHouseholdNumber, m.toHouseholdNumber]));
  const household = new Set([...data.householdFlags.map((f) => f.householdNumber), ...data.householdServices.map((s) => s.householdNumber)]);
  const members = new Map<string, PersonRecord[]>();
  for (const p of builder.persons) members.set(p.householdNumber, [...(members.get(p.householdNumber) ?? []), p]);
  for (const h of builder.households) {
    if (!rng.chance(0.03) || moved.has(h.number) || household.has(h.number)) continue;
    const day = isoOf(rng.range(dayFromYmd(2016, 1, 1), dayFromYmd(2020, 12, 31)));
    const list = members.get(h.number) ?? [];
    if (list.some((p) => moved.has(p.idNumber) || (firstRecord.get(p.idNumber) ?? '9999') < day || (p.archivedOn !== null && p.archivedOn <= day))) continue;
    for (const p of list) if (p.birthDate < day) p.arrivedOn = day;
  }
}

export function addClerkRecords(ctx: Ctx, list: Community[]): void {
  followUps(ctx);
  communities(ctx, list);
  const registered = employers(ctx, list);
  vacancies(ctx, registered, list.map((c) => c.record.code));
  spells(ctx, registered);
  serviceDetails(ctx);
  serviceClerks(ctx);
  wishes(ctx);
  householdFlags(ctx);
  householdServices(ctx);
  recognitions(ctx);
  complaints(ctx);
  archiveReasons(ctx);
  arrivals(ctx);
}
