/**
 * What the printed documents hold (issue [prints] item 4): the household card as of a date (dated membership, the
 * spell, registration and recognition of the date, services while a member), the recognition form on the application
 * day, the agreement with its measures and follow-ups, the saved assessment; ID numbers masked for an inspector.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementDocument, AssessmentSheet, HouseholdCard, RecognitionForm } from '../../../shared/contract/documents';
import type { HouseholdDetail, PersonDetail } from '../../../shared/contract/registry';
import { makeIdNumber } from '../../../shared/domain/id-number';
import { householdCard } from '../../../electron/services/documents/household-card';
import { agreementDocument } from '../../../shared/documents/agreement-document';
import { assessmentSheetDocument, sheetUnits } from '../../../shared/documents/assessment-sheet-document';
import { householdCardDocument } from '../../../shared/documents/household-card-document';
import { recognitionFormDocument } from '../../../shared/documents/recognition-form-document';
import { historyRuntime, ok, TODAY } from '../history/history-fixture';
import type { Runtime } from '../history/history-fixture';

let runtime: Runtime;
let communityId: number;
let home: HouseholdDetail;
let head: PersonDetail;
let spouse: PersonDetail;
let son: PersonDetail;
let recognitionId: number;
let agreementId: number;

const person = (householdId: number, name: string, birthDate: string, sequence: number, relation: string, extra: Record<string, unknown> = {}) =>
  ok<PersonDetail>(runtime, 'persons.create', {
    householdId,
    idNumber: makeIdNumber('321102', birthDate, sequence),
    name,
    relation,
    workAbility: 'full',
    isStudent: false,
    isRetired: false,
    migrantWorker: false,
    veteran: false,
    ...extra,
    // The API answers with the numbers masked ([admin]); the documents carry them in full.
  }).then((p) => ({ ...p, idNumber: makeIdNumber('321102', birthDate, sequence) }));

const service = (personId: number, date: string, kind = 'guidance', content = '职业指导') =>
  ok(runtime, 'services.record', { subject: { personId }, date, kind, clerk: '李明', content });

beforeAll(async () => {
  runtime = await historyRuntime();
  communityId = (await ok<{ id: number }>(runtime, 'communities.create', { code: '321102001001', name: '金山社区', kind: 'community', contact: null })).id;
  home = await ok<HouseholdDetail>(runtime, 'households.create', { communityId, number: '0101', address: '金山路 1 号', urban: true, dibao: true, businessIncome: false });
  const other = await ok<HouseholdDetail>(runtime, 'households.create', { communityId, number: '0102', address: '金山路 2 号', urban: true, dibao: false, businessIncome: false });
  head = await person(home.id, '王秀英', '1975-04-12', 124, 'head', { phone: '13812345678', education: 'senior', skills: '家政' });
  spouse = await person(home.id, '李强', '1972-08-01', 133, 'spouse');
  son = await person(other.id, '李小军', '1999-02-03', 151, 'head');
  // The son moves in on 2025-04-01; his service before that belongs to his other household.
  await ok(runtime, 'persons.move', { id: son.id, version: son.version, householdId: home.id, relation: 'child', date: '2025-04-01' });
  await service(son.id, '2025-03-15', 'guidance', '搬来前的指导');
  await service(son.id, '2025-05-10', 'guidance', '搬来后的指导');
  await ok(runtime, 'spells.add', { personId: spouse.id, startDate: '2024-01-01', endDate: '2025-02-28', kind: 'unit', employerName: '金山机械厂' });
  await ok(runtime, 'registrations.register', { personId: spouse.id, registeredOn: '2025-03-05', reason: 'laid_off' });
  await ok(runtime, 'wishes.record', { personId: spouse.id, recordedOn: '2025-03-05', hasWish: true, wishedJob: '保安' });
  await ok(runtime, 'services.record', { subject: { householdId: home.id }, date: '2025-03-20', kind: 'follow_up', clerk: '李明', content: '上门走访' });
  await ok(runtime, 'services.record', { subject: { personId: head.id }, date: '2025-06-01', kind: 'training', clerk: '李明', course: '家政服务员', hours: 40 });
  // Head: applied 2025-03-01, recognised 2025-03-05, an agreement signed 2025-03-10 with a measure and a follow-up.
  const applied = await ok<{ id: number; version: number }>(runtime, 'recognitions.apply', {
    personId: head.id,
    category: 'dibao',
    appliedOn: '2025-03-01',
    especiallyDifficult: true,
    fiveClear: { skills: { clear: true, note: '家政初级' }, jobWish: { clear: true }, family: { clear: true }, employment: { clear: false, note: '待核实' }, policies: { clear: true } },
  });
  recognitionId = applied.id;
  await ok(runtime, 'recognitions.review', { id: applied.id, version: applied.version, decision: 'recognised', reviewedOn: '2025-03-05', reviewer: '张科长' });
  agreementId = (await ok<{ id: number }>(runtime, 'assistance.create', { personId: head.id, signedOn: '2025-03-10', clerk: '李明', goal: '三个月内实现家政岗位就业' })).id;
  await ok(runtime, 'assistance.addMeasure', { agreementId, kind: 'training', description: '参加家政服务员培训', plannedOn: '2025-04-15' });
  await ok(runtime, 'assistance.recordFollowUp', { agreementId, date: '2025-04-20', clerk: '李明', content: '电话回访', outcome: '已报名培训' });
});
afterAll(() => runtime.dispose());

describe('documents.householdCard', () => {
  it('lists the members of the date: the son only from his move-in day', async () => {
    const before = await ok<HouseholdCard>(runtime, 'documents.householdCard', { householdId: home.id, asOf: '2025-03-31' });
    expect(before.members.map((m) => m.person.name)).toEqual(['王秀英', '李强']);
    const after = await ok<HouseholdCard>(runtime, 'documents.householdCard', { householdId: home.id, asOf: TODAY });
    expect(after.members.map((m) => [m.person.name, m.relation])).toEqual([
      ['王秀英', 'head'],
      ['李强', 'spouse'],
      ['李小军', 'child'],
    ]);
    expect(after.header).toMatchObject({ streetName: '解放路街道', communityName: '金山社区' });
    expect(after.household).toMatchObject({ number: '0101', address: '金山路 1 号', flags: { dibao: true, urban: true, businessIncome: false } });
  });

  it('gives each member’s spell, registration, wish and recognition of the date, and the full ID number', async () => {
    const onJob = await ok<HouseholdCard>(runtime, 'documents.householdCard', { householdId: home.id, asOf: '2025-02-01' });
    const spouseThen = onJob.members.find((m) => m.person.id === spouse.id);
    expect(spouseThen?.spell).toMatchObject({ employerName: '金山机械厂' });
    expect(spouseThen?.registration).toBeNull();
    const card = await ok<HouseholdCard>(runtime, 'documents.householdCard', { householdId: home.id, asOf: TODAY });
    const s = card.members.find((m) => m.person.id === spouse.id);
    expect(s?.spell).toBeNull();
    expect(s?.registration).toMatchObject({ registeredOn: '2025-03-05', reason: 'laid_off' });
    expect(s?.wish).toMatchObject({ hasWish: true, wishedJob: '保安' });
    expect(s?.badges).toMatchObject({ unemployed: true, registered: true });
    const h = card.members.find((m) => m.person.id === head.id);
    expect(h?.recognition).toMatchObject({ category: 'dibao', recognisedOn: '2025-03-05' });
    expect(h?.person).toMatchObject({ idNumber: head.idNumber, phone: '13812345678', education: 'senior', skills: '家政' });
    expect(onJob.members.find((m) => m.person.id === head.id)?.recognition).toBeNull();
  });

  it('holds the household’s records and its members’ while members, up to the date, oldest first', async () => {
    const card = await ok<HouseholdCard>(runtime, 'documents.householdCard', { householdId: home.id, asOf: TODAY });
    const listed = card.services.map((s) => [s.date, s.personName, s.kind]);
    expect(listed).toContainEqual(['2025-03-20', null, 'follow_up']);
    expect(listed).toContainEqual(['2025-05-10', '李小军', 'guidance']);
    expect(card.services.some((s) => s.content === '搬来前的指导')).toBe(false);
    expect(card.services.map((s) => s.date)).toEqual([...card.services.map((s) => s.date)].sort());
    const early = await ok<HouseholdCard>(runtime, 'documents.householdCard', { householdId: home.id, asOf: '2025-03-31' });
    expect(early.services.every((s) => s.date <= '2025-03-31')).toBe(true);
    expect(early.services.some((s) => s.kind === 'assistance_agreement')).toBe(true);
  });

  it('masks ID numbers for a read-only inspector, with the print settings’ rule', () => {
    const card = householdCard(runtime.db, { username: 'insp', displayName: '检查员', role: 'inspector', communityId: null }, home.id, TODAY, TODAY);
    const shown = card.members.find((m) => m.person.id === head.id)?.person.idNumber;
    expect(shown).toBe(`${head.idNumber.slice(0, 6)}********${head.idNumber.slice(-4)}`);
  });

  it('refuses a date after today and an unknown household', async () => {
    const future = await runtime.call('documents.householdCard', { householdId: home.id, asOf: '2025-07-01' });
    expect(future).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
    const unknown = await runtime.call('documents.householdCard', { householdId: 9999, asOf: TODAY });
    expect(unknown).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('documents.recognitionForm', () => {
  it('describes the applicant and the family on the application day, with the review', async () => {
    const form = await ok<RecognitionForm>(runtime, 'documents.recognitionForm', { recognitionId });
    expect(form.person).toMatchObject({ name: '王秀英', idNumber: head.idNumber });
    expect(form.recognition).toMatchObject({ status: 'recognised', reviewer: '张科长', especiallyDifficult: true, appliedOn: '2025-03-01' });
    expect(form.recognition.commitmentDueOn).not.toBeNull();
    expect(form.household).toMatchObject({ number: '0101', flags: { dibao: true } });
    // On 2025-03-01 the son had not moved in yet; the spouse was out of work (his spell ended 2025-02-28).
    expect(form.family.map((m) => m.name)).toEqual(['李强']);
    expect(form.family[0]?.state).toMatch(/失业|无就业愿望/);
    expect(form.header.communityName).toBe('金山社区');
    expect(form.recognition.fiveClear?.employment).toEqual({ clear: false, note: '待核实' });
  });

  it('refuses an unknown recognition', async () => {
    expect(await runtime.call('documents.recognitionForm', { recognitionId: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('documents.agreement', () => {
  it('holds the parties, goal, measures and follow-ups', async () => {
    const doc = await ok<AgreementDocument>(runtime, 'documents.agreement', { agreementId });
    expect(doc.person.name).toBe('王秀英');
    expect(doc.agreement).toMatchObject({ goal: '三个月内实现家政岗位就业', clerk: '李明', signedOn: '2025-03-10' });
    expect(doc.agreement.measures.map((m) => m.description)).toEqual(['参加家政服务员培训']);
    expect(doc.agreement.followUps.map((f) => f.outcome)).toEqual(['已报名培训']);
    expect(doc.recognition.id).toBe(recognitionId);
    expect(doc.household.number).toBe('0101');
  });

  it('refuses an unknown agreement', async () => {
    expect(await runtime.call('documents.agreement', { agreementId: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('documents.assessmentSheet', () => {
  it('is the saved run as saved', async () => {
    const saved = await ok<{ id: number }>(runtime, 'assessment.save', { standardId: 'chongqing-2007', asOf: TODAY });
    const sheet = await ok<AssessmentSheet>(runtime, 'documents.assessmentSheet', { savedId: saved.id });
    const direct = await ok<{ run: unknown; summary: unknown }>(runtime, 'assessment.getSaved', { id: saved.id });
    expect(sheet.run).toEqual(direct.run);
    expect(sheet.summary).toEqual(direct.summary);
    expect(sheet.header.streetName).toBe('解放路街道');
    expect(await runtime.call('documents.assessmentSheet', { savedId: 9999 })).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});

describe('the print documents built from them', () => {
  it('户卡: A4 landscape, the members with their state and the services, escaped', async () => {
    const card = await ok<HouseholdCard>(runtime, 'documents.householdCard', { householdId: home.id, asOf: TODAY });
    const doc = householdCardDocument({ ...card, household: { ...card.household, address: '<b>金山路</b>' } }, TODAY);
    expect(doc).toContain('size: A4 landscape');
    expect(doc).toContain('<title>户卡（户编号 0101）</title>');
    for (const text of ['王秀英', '李强', '李小军', head.idNumber, '失业（已登记）', '登记失业 2025年3月5日（下岗）', '低保', '上门走访', '家庭成员（2025年6月30日在本户的人员）', '填卡人']) expect(doc).toContain(text);
    expect(doc).toContain('&lt;b&gt;金山路&lt;/b&gt;');
    expect(doc).not.toContain('<b>金山路');
  });

  it('认定表: boxed form with the category ticked, 五清, review and signature lines', async () => {
    const form = await ok<RecognitionForm>(runtime, 'documents.recognitionForm', { recognitionId });
    const doc = recognitionFormDocument(form, TODAY);
    expect(doc).toContain('size: A4 portrait');
    expect(doc).toContain('就业困难人员申请审核认定表');
    expect(doc).toContain('■ 低保');
    expect(doc).toContain('□ 4050 人员');
    expect(doc).toContain('■ 同意认定');
    expect(doc).toContain('待核实');
    expect(doc).toContain('申请人（签字）');
    expect(doc).toContain('张科长');
    expect(doc).toContain('2025年3月1日');
  });

  it('协议书: the measures, the follow-ups, the 72-hour commitment of an especially difficult person', async () => {
    const agreement = await ok<AgreementDocument>(runtime, 'documents.agreement', { agreementId });
    const doc = agreementDocument(agreement, TODAY);
    for (const text of ['就业援助协议书', '（一人一策）', '三个月内实现家政岗位就业', '参加家政服务员培训', '2025-04-15', '已报名培训', '72 小时', '乙方（签字）', head.idNumber]) expect(doc).toContain(text);
  });

  it('考核表: one section per unit; the plain layout for chongqing-2007, points for zhenjiang-scored', async () => {
    const plain = await ok<AssessmentSheet>(runtime, 'documents.assessmentSheet', { savedId: (await ok<{ id: number }>(runtime, 'assessment.save', { standardId: 'chongqing-2007', asOf: TODAY })).id });
    const all = assessmentSheetDocument(plain, 'all', TODAY);
    expect(all.match(/<section class="print-section">/g)).toHaveLength(plain.run.communities.length + 1);
    expect(all).toContain('<th>达标要求</th>');
    expect(all).not.toContain('<th>分值</th>');
    expect(sheetUnits(plain, 'street')).toEqual([plain.run.street]);
    expect(sheetUnits(plain, communityId)).toEqual([plain.run.communities[0]]);
    expect(sheetUnits(plain, 9999)).toEqual([]);
    expect(assessmentSheetDocument(plain, 9999, TODAY)).toContain('没有所选的社区');
    const scored = await ok<AssessmentSheet>(runtime, 'documents.assessmentSheet', { savedId: (await ok<{ id: number }>(runtime, 'assessment.save', { standardId: 'zhenjiang-scored', asOf: TODAY })).id });
    const one = assessmentSheetDocument(scored, communityId, TODAY);
    expect(one).toContain('<th>分值</th>');
    expect(one).toContain('<th>得分</th>');
    expect(one).toContain('及格分 85');
    expect(one).toContain('金山社区');
    expect(one).toContain('考核人（签字）');
  });
});
