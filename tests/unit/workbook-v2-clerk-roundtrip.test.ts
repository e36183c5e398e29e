/**
 * What a clerk enters through the app (every kind of record, through the same API the screens call) is all in the
 * exported workbook: imported into an empty database it gives the same records field by field, and the second
 * export is the same file. This is what issue [workbook-2] found missing from version 1.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber } from '../../shared/domain/id-number';
import { migrationsDir } from '../../db/migrations-dir';
import { openDeskRuntime } from '../../electron/services/runtime/desk-runtime';
import type { DeskRuntime } from '../../electron/services/runtime/desk-runtime';
import { exportWorkbook } from '../../electron/services/workbook/export-workbook';
import { commitImport, prepareImport } from '../../electron/services/workbook/import-workbook';
import { openXlsx } from '../../electron/services/workbook/xlsx-stream-reader';
import { CLERK_TABLES, countOf, rowsOf } from './support/clerk-tables';
import { tempDir } from './support/temp-runtime';

const TODAY = '2026-11-20';
type Runtime = DeskRuntime & { dispose(): void };

function runtimeOn(today: string): Runtime {
  const dataDir = tempDir('desk-clerk-rt-');
  const runtime = openDeskRuntime({ dataDir, migrationsDir: migrationsDir(), transport: 'browser', today: () => today });
  return Object.assign(runtime, {
    dispose() {
      runtime.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  });
}

async function ok<T>(runtime: Runtime, method: string, input: unknown): Promise<T> {
  const result = await runtime.call(method, input);
  if (!result.ok) throw new Error(`${method}: ${result.error.message}`);
  return result.value as T;
}

/** A street recorded the way a clerk records it: every screen that writes, once or twice. */
async function clerkStreet(rt: Runtime): Promise<void> {
  await ok(rt, 'system.setupStreet', { name: '解放路街道', code: '321102001', complaintPhone: '0511-12345678' });
  const jin = await ok<{ id: number }>(rt, 'communities.create', { code: '321102001001', name: '金山社区', kind: 'community', contact: '王丽 0511-85011234' });
  const yin = await ok<{ id: number }>(rt, 'communities.create', { code: '321102001002', name: '银山村', kind: 'village', contact: null });
  const h1 = await ok<{ id: number; version: number }>(rt, 'households.create', { communityId: jin.id, number: 'H0001', address: '金山路 1 号', urban: true, dibao: false, businessIncome: false });
  const h2 = await ok<{ id: number; version: number }>(rt, 'households.create', { communityId: yin.id, number: 'H0002', address: null, urban: false, dibao: true, businessIncome: false });
  await ok(rt, 'households.setFlag', { id: h2.id, version: h2.version, flag: 'dibao', value: false, effectiveFrom: '2025-07-01' });
  const person = (householdId: number, idNumber: string, name: string, relation: string, extra: Record<string, unknown> = {}) =>
    ok<{ id: number; version: number }>(rt, 'persons.create', {
      householdId,
      idNumber,
      name,
      relation,
      workAbility: 'full',
      isStudent: false,
      isRetired: false,
      migrantWorker: false,
      veteran: false,
      ...extra,
    });
  const a = await person(h1.id, makeIdNumber('321102', '1985-04-12', 121), '张伟', 'head', { phone: '13912345678', skills: '电工' });
  const b = await person(h2.id, makeIdNumber('321102', '1987-09-30', 242), '李娜', 'child');
  const c = await person(h1.id, makeIdNumber('321102', '1960-02-02', 351), '张老汉', 'parent', { joinedOn: '2019-05-01' });
  await ok(rt, 'persons.move', { id: b.id, version: b.version, householdId: h1.id, relation: 'spouse', date: '2024-05-01' });
  const c1 = await ok<{ version: number }>(rt, 'persons.get', { id: c.id });
  await ok(rt, 'persons.archive', { id: c.id, version: c1.version, date: '2026-02-01', reason: '户籍迁往外省' });

  const employer = await ok<{ id: number }>(rt, 'employers.create', { name: '金山超市有限公司', contact: '陈主任', pairedCommunityId: jin.id, pairedOn: '2025-03-01' });
  await ok(rt, 'employers.create', { name: '银山物流有限公司' });
  const vacancy = await ok<{ id: number; version: number }>(rt, 'vacancies.create', {
    employerId: employer.id,
    communityId: jin.id,
    title: '收银员',
    posts: 3,
    skills: '熟练使用收银机',
    wage: 3200,
    openedOn: '2026-02-20',
    publicWelfare: false,
    developedByCommunity: true,
  });
  const old = await ok<{ id: number; version: number }>(rt, 'vacancies.create', { employerId: employer.id, title: '理货员', posts: 1, openedOn: '2025-01-10', publicWelfare: false, developedByCommunity: false });
  await ok(rt, 'vacancies.fill', { id: old.id, version: old.version, filledOn: '2025-02-01' });

  await ok(rt, 'spells.add', { personId: a.id, startDate: '2010-03-01', endDate: '2020-06-30', kind: 'unit', employerId: employer.id, post: '理货员', contractSigned: true, socialInsurancePaid: false });
  const open = await ok<{ id: number }>(rt, 'spells.add', { personId: a.id, startDate: '2021-01-04', endDate: null, kind: 'flexible', employerName: '外卖配送' });
  await ok(rt, 'spells.close', { id: open.id, endDate: '2026-01-31' });
  const reg = await ok<{ id: number }>(rt, 'registrations.register', { personId: b.id, registeredOn: '2026-03-02', reason: 'unemployed' });
  await ok(rt, 'registrations.register', { personId: a.id, registeredOn: '2026-02-02', reason: 'laid_off' });
  void reg;
  await ok(rt, 'wishes.record', { personId: b.id, recordedOn: '2026-03-02', hasWish: true, wishedJob: '收银员', wishedWage: 3000, trainingWanted: '电子商务' });
  await ok(rt, 'wishes.record', { personId: a.id, recordedOn: '2026-02-02', hasWish: true });

  const service = (input: Record<string, unknown>) => ok<{ record: { id: number } }>(rt, 'services.record', { clerk: '王芳', ...input });
  await service({ subject: { personId: b.id }, date: '2026-03-04', kind: 'guidance', content: '求职指导', outcome: '有意向' });
  const referral = await service({ subject: { personId: b.id }, date: '2026-03-19', kind: 'referral', vacancyId: vacancy.id, referralResult: 'pending', content: '金山超市 收银员' });
  await ok(rt, 'services.setReferralResult', { id: referral.record.id, result: 'refused', resultOn: '2026-03-22' });
  const training = await service({ subject: { personId: b.id }, date: '2026-04-02', kind: 'training', course: '电子商务', hours: 40, certificate: null });
  await service({ subject: { personId: a.id }, date: '2026-02-10', kind: 'policy_benefit', benefitType: '灵活就业社保补贴', amount: 1200, benefitPeriod: '2026 年上半年', approvalNumber: 'JB2026-0031' });
  await service({ subject: { householdId: h1.id }, date: '2026-04-10', kind: 'follow_up', content: '上门走访', outcome: '了解家庭求职意向' });
  await service({ subject: { householdId: h1.id }, date: '2026-04-10', kind: 'follow_up', content: '上门走访', outcome: '第二次' });

  const applied = await ok<{ id: number; version: number }>(rt, 'recognitions.apply', {
    personId: b.id,
    category: 'long_term_unemployed',
    appliedOn: '2026-03-05',
    especiallyDifficult: false,
    fiveClear: { skills: { clear: true, note: '会收银' }, jobWish: { clear: true }, family: { clear: true, note: null }, employment: { clear: false, note: '失业中' }, policies: { clear: true } },
  });
  const recognised = await ok<{ id: number; version: number }>(rt, 'recognitions.review', { id: applied.id, version: applied.version, decision: 'recognised', reviewedOn: '2026-03-10', reviewer: '李科长' });
  const agreement = await ok<{ id: number; version: number; measures: { id: number; version: number }[] }>(rt, 'assistance.create', {
    personId: b.id,
    signedOn: '2026-03-12',
    clerk: '王芳',
    goal: '三个月内实现就业',
    notes: '本人希望就近就业',
  });
  const withMeasure = await ok<{ measures: { id: number; version: number; kind: string }[] }>(rt, 'assistance.addMeasure', { agreementId: agreement.id, kind: 'training', description: '电子商务培训', plannedOn: '2026-04-01' });
  await ok(rt, 'assistance.addMeasure', { agreementId: agreement.id, kind: 'referral', description: '推荐超市岗位', plannedOn: '2026-12-01' });
  const measure = withMeasure.measures.find((m) => m.kind === 'training');
  if (!measure) throw new Error('no measure');
  await ok(rt, 'assistance.completeMeasure', { id: measure.id, version: measure.version, doneOn: '2026-04-02', serviceRecordId: training.record.id });
  await ok(rt, 'assistance.recordFollowUp', { agreementId: agreement.id, date: '2026-04-15', clerk: '王芳', content: '电话回访', outcome: '仍在求职' });
  await ok(rt, 'recognitions.exit', { id: recognised.id, version: recognised.version, exitedOn: '2026-06-01', exitReason: '已实现就业' });
  const refusedOne = await ok<{ id: number; version: number }>(rt, 'recognitions.apply', {
    personId: a.id,
    category: '4050',
    appliedOn: '2026-02-05',
    especiallyDifficult: true,
    fiveClear: { skills: { clear: true }, jobWish: { clear: true }, family: { clear: true }, employment: { clear: true }, policies: { clear: true } },
  });
  await ok(rt, 'recognitions.review', { id: refusedOne.id, version: refusedOne.version, decision: 'refused', reviewedOn: '2026-02-09', reviewer: '李科长', note: '年龄不符' });

  const complaint = await ok<{ id: number; version: number }>(rt, 'complaints.record', { communityId: jin.id, date: '2026-05-06', content: '办事排队时间长' });
  await ok(rt, 'complaints.record', { communityId: jin.id, date: '2026-05-06', content: '办事排队时间长' });
  await ok(rt, 'complaints.record', { communityId: yin.id, date: '2026-06-01', content: '培训通知不及时' });
  await ok(rt, 'complaints.judge', { id: complaint.id, version: complaint.version, valid: false, reason: '未超时限', judgedOn: '2026-05-08' });
  await ok(rt, 'complaints.resolve', { id: complaint.id, version: complaint.version + 1, resolution: '已调整窗口人员', resolvedOn: '2026-05-12' });
}

async function cellsOf(path: string): Promise<Record<string, unknown[][]>> {
  const workbook = await openXlsx(path);
  const out: Record<string, unknown[][]> = {};
  try {
    for (const sheet of workbook.sheets) {
      const rows: unknown[][] = [];
      for await (const row of sheet.rows()) rows.push(Array.from(row.cells, (c) => (c instanceof Date ? c.toISOString().slice(0, 10) : c)));
      out[sheet.name] = rows;
    }
  } finally {
    workbook.close();
  }
  return out;
}

describe('what a clerk enters through the app travels in the workbook', () => {
  const dir = tempDir('desk-clerk-files-');
  const a = runtimeOn(TODAY);
  const b = runtimeOn(TODAY);
  const first = join(dir, 'first.xlsx');
  const second = join(dir, 'second.xlsx');

  beforeAll(async () => {
    await clerkStreet(a);
    await exportWorkbook(a.db, a.caller(), first, 'first.xlsx', TODAY, () => undefined);
    const prepared = await prepareImport(b.db, first, 'first.xlsx', TODAY, () => undefined);
    expect(prepared.preview.errors).toEqual([]);
    commitImport(b.db, b.caller(), prepared);
    await exportWorkbook(b.db, b.caller(), second, 'second.xlsx', TODAY, () => undefined);
  }, 60_000);
  afterAll(() => {
    a.dispose();
    b.dispose();
  });

  it('records something in every table of clerk data', () => {
    for (const table of CLERK_TABLES) expect(countOf(a, table), table).toBeGreaterThan(0);
  });

  it('holds the same records in the second database, field by field', () => {
    for (const table of CLERK_TABLES) expect(rowsOf(b, table), table).toEqual(rowsOf(a, table));
  });

  it('exports the same file again', async () => {
    expect(await cellsOf(second)).toEqual(await cellsOf(first));
  });
});
