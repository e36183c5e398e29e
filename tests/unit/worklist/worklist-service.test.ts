/** worklist.list / worklist.counts on crafted streets written through the API: each kind, its status, the filters. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { WorklistCounts } from '../../../shared/contract/worklist';
import {
  community,
  household,
  ok,
  person,
  recognise,
  register,
  rowsOf,
  service,
  spell,
  streetRuntime,
  wish,
  worklist,
} from './street-fixture';
import type { Runtime } from './street-fixture';

let runtime: Runtime;
let jinshan: number;
let xinhe: number;
beforeEach(async () => {
  runtime = await streetRuntime('2026-06-30');
  jinshan = await community(runtime, '金山社区');
  xinhe = await community(runtime, '新河社区');
});
afterEach(() => runtime.dispose());

/** A rural household (never a zero-employment family) with one person wishing to work from `wishOn`. */
async function jobSeeker(communityId: number, birthDate: string, wishOn: string, gender: 'M' | 'F' = 'M'): Promise<number> {
  const h = await household(runtime, communityId, { urban: false });
  const p = await person(runtime, h, { birthDate, gender });
  await wish(runtime, p.id, wishOn);
  return p.id;
}

describe('guidance due within 3 working days of registration', () => {
  it('due on the 调休 Saturday, overdue the day after; recording guidance clears it and the counts drop', async () => {
    const p = await jobSeeker(jinshan, '1990-04-04', '2025-09-01');
    await register(runtime, p, '2025-09-30');
    const onDeadline = rowsOf(await worklist(runtime, '2025-10-11'), 'guidance', p);
    expect(onDeadline).toHaveLength(1);
    expect(onDeadline[0]).toMatchObject({ status: 'due', dueOn: '2025-10-11', communityName: '金山社区', link: `#/person/${p}`, clerk: null });
    const before = await ok<WorklistCounts>(runtime, 'worklist.counts', { asOf: '2025-10-12' });
    expect(rowsOf(await worklist(runtime, '2025-10-12'), 'guidance', p)[0]).toMatchObject({ status: 'overdue' });
    expect(before.countsByKind.guidance).toBe(1);
    expect(before.overdue).toBeGreaterThanOrEqual(1);

    await service(runtime, { personId: p }, '2025-10-12', 'guidance', { clerk: '王经办' });
    const after = await ok<WorklistCounts>(runtime, 'worklist.counts', { asOf: '2025-10-12' });
    expect(after.countsByKind.guidance).toBe(0);
    expect(after.open).toBe(before.open - 1);
    expect(rowsOf(await worklist(runtime, '2025-10-12'), 'guidance', p)).toEqual([]);
  });

  it('a registered person outside U (no wish recorded) is due guidance too, and cleared by it', async () => {
    const h = await household(runtime, jinshan, { urban: false });
    const p = (await person(runtime, h, { birthDate: '1992-02-02' })).id;
    await register(runtime, p, '2025-11-03');
    expect(rowsOf(await worklist(runtime, '2025-11-07'), 'guidance', p)[0]).toMatchObject({ status: 'overdue', dueOn: '2025-11-06' });
    await service(runtime, { personId: p }, '2025-11-07', 'guidance');
    expect(rowsOf(await worklist(runtime, '2025-11-07'), 'guidance', p)).toEqual([]);
  });

  it('a referral is not guidance; a cancelled registration is not listed', async () => {
    const p = await jobSeeker(jinshan, '1990-04-04', '2025-09-01');
    const r = await register(runtime, p, '2025-11-03');
    await service(runtime, { personId: p }, '2025-11-04', 'referral');
    expect(rowsOf(await worklist(runtime, '2025-11-10'), 'guidance', p)).toHaveLength(1);
    await ok(runtime, 'registrations.cancel', { id: r.id, cancelledOn: '2025-11-05', cancelReason: '已就业' });
    expect(rowsOf(await worklist(runtime, '2025-11-10'), 'guidance', p)).toEqual([]);
  });
});

describe('registrations nearing one year', () => {
  it('9 months, 11 months, then overdue after the anniversary', async () => {
    const p = await jobSeeker(jinshan, '1990-04-04', '2025-03-01');
    await register(runtime, p, '2025-03-31');
    await service(runtime, { personId: p }, '2025-03-31', 'guidance');
    expect(rowsOf(await worklist(runtime, '2025-12-30'), 'registration_9m', p)).toEqual([]);
    expect(rowsOf(await worklist(runtime, '2025-12-31'), 'registration_9m', p)[0]).toMatchObject({ status: 'due', dueOn: '2026-03-31' });
    expect(rowsOf(await worklist(runtime, '2026-02-28'), 'registration_11m', p)[0]).toMatchObject({ status: 'due' });
    expect(rowsOf(await worklist(runtime, '2026-02-28'), 'registration_9m', p)).toEqual([]);
    expect(rowsOf(await worklist(runtime, '2026-04-01'), 'registration_11m', p)[0]).toMatchObject({ status: 'overdue' });
  });
});

describe('zero-employment families, commitments and follow-up visits', () => {
  it('a family due one month after it appears, and its monthly visit', async () => {
    const h = await household(runtime, xinhe, { urban: true });
    const head = await person(runtime, h, { birthDate: '1982-02-02', name: '张政' });
    await wish(runtime, head.id, '2025-08-01');
    const onDue = rowsOf(await worklist(runtime, '2025-09-01'), 'zero_employment_family', h);
    expect(onDue[0]).toMatchObject({ status: 'due', dueOn: '2025-09-01', subject: { kind: 'household', name: '张政户' }, link: `#/household/${h}` });
    expect(rowsOf(await worklist(runtime, '2025-09-02'), 'zero_employment_family', h)[0]).toMatchObject({ status: 'overdue' });
    expect(rowsOf(await worklist(runtime, '2025-09-02'), 'follow_up', h, 'household')[0]).toMatchObject({ status: 'overdue', dueOn: '2025-09-01' });
    // A visit to a member counts for the family; the clerk of that visit is the row's clerk.
    await service(runtime, { personId: head.id }, '2025-09-02', 'follow_up', { clerk: '赵经办' });
    const list = await worklist(runtime, '2025-09-28');
    expect(rowsOf(list, 'follow_up', h, 'household')[0]).toMatchObject({ status: 'due', dueOn: '2025-10-02', clerk: '赵经办' });
    expect(rowsOf(await worklist(runtime, '2025-09-24'), 'follow_up', h, 'household')).toEqual([]);
    // Employed: the family is eliminated.
    await spell(runtime, head.id, '2025-10-01', null, { employerName: '恒顺家政' });
    expect(rowsOf(await worklist(runtime, '2025-10-05'), 'zero_employment_family', h)).toEqual([]);
  });

  it('an especially difficult person: the 72-hour commitment, then monthly visits (the interval is a setting)', async () => {
    const p = await jobSeeker(jinshan, '1975-06-06', '2025-01-02', 'F');
    await recognise(runtime, p, '2025-03-30', true);
    expect(rowsOf(await worklist(runtime, '2025-04-02'), 'commitment', p)[0]).toMatchObject({ status: 'due', dueOn: '2025-04-02' });
    expect(rowsOf(await worklist(runtime, '2025-04-03'), 'commitment', p)[0]).toMatchObject({ status: 'overdue' });
    await service(runtime, { personId: p }, '2025-04-03', 'commitment');
    expect(rowsOf(await worklist(runtime, '2025-04-03'), 'commitment', p)).toEqual([]);
    expect(rowsOf(await worklist(runtime, '2025-04-22'), 'follow_up', p)).toEqual([]);
    expect(rowsOf(await worklist(runtime, '2025-04-23'), 'follow_up', p)[0]).toMatchObject({ status: 'due', dueOn: '2025-04-30' });
    const settings = await ok<Record<string, unknown>>(runtime, 'worklist.settings', {});
    await ok(runtime, 'worklist.setSettings', { ...settings, followUpIntervalMonths: 2 });
    expect(rowsOf(await worklist(runtime, '2025-04-23'), 'follow_up', p)).toEqual([]);
    expect(rowsOf(await worklist(runtime, '2025-05-23'), 'follow_up', p)[0]).toMatchObject({ dueOn: '2025-05-30' });
  });
});

describe('entering 4050, retirement, refused referrals', () => {
  it('a woman turning 40 and a man retiring under the 2025 reform in the next 30 days: on D + 29 in, on D + 30 out', async () => {
    const woman = await jobSeeker(xinhe, '1985-07-01', '2025-01-02', 'F');
    const man = await jobSeeker(xinhe, '1965-05-10', '2025-01-02', 'M');
    const list = await worklist(runtime, '2025-06-02');
    expect(rowsOf(list, 'entering_4050', woman)[0]).toMatchObject({ status: 'upcoming', dueOn: '2025-07-01' });
    expect(rowsOf(await worklist(runtime, '2025-06-01'), 'entering_4050', woman)).toEqual([]);
    expect(rowsOf(await worklist(runtime, '2025-06-11'), 'retirement', man)[0]).toMatchObject({ status: 'upcoming', dueOn: '2025-07-10' });
    expect(rowsOf(await worklist(runtime, '2025-06-10'), 'retirement', man)).toEqual([]);
  });

  it('two refused referrals since the wish prompt the clerk (never set automatically)', async () => {
    const p = await jobSeeker(jinshan, '1988-08-08', '2025-01-02');
    await service(runtime, { personId: p }, '2025-02-01', 'referral', { referralResult: 'refused' });
    expect(rowsOf(await worklist(runtime, '2025-03-15'), 'refused_referrals', p)).toEqual([]);
    await service(runtime, { personId: p }, '2025-03-01', 'referral', { referralResult: 'refused' });
    expect(rowsOf(await worklist(runtime, '2025-03-15'), 'refused_referrals', p)[0]).toMatchObject({ status: 'due', dueOn: '2025-03-01' });
    const wishNow = runtime.db.sqlite.prepare('SELECT has_wish FROM employment_wishes WHERE person_id = ? ORDER BY id DESC LIMIT 1').pluck().get(p);
    expect(wishNow).toBe(1);
  });
});

describe('missing 十清 items, the community demand and the re-check of passed communities', () => {
  it('lists the unemployed with gaps and communities without employers’ demand in the last quarter', async () => {
    const p = await jobSeeker(jinshan, '1988-08-08', '2025-01-02');
    const list = await worklist(runtime, '2025-06-30');
    expect(rowsOf(list, 'missing_ten_clear', p)[0]?.detail).toBe('十清缺：失业时间、失业原因、培训要求、技能水平、政策享受、社会保险关系');
    const communities = list.rows.filter((r) => r.kind === 'missing_ten_clear' && r.subject.kind === 'community');
    expect(communities.map((r) => r.subject.name).sort()).toEqual(['新河社区', '金山社区']);
    const employer = await ok<{ id: number }>(runtime, 'employers.create', { name: '恒顺家政服务有限公司', pairedCommunityId: jinshan, pairedOn: '2025-01-01' });
    await ok(runtime, 'vacancies.create', { employerId: employer.id, communityId: jinshan, title: '保洁员', posts: 2, openedOn: '2025-05-01', publicWelfare: false, developedByCommunity: true });
    const after = await worklist(runtime, '2025-06-30');
    expect(after.rows.filter((r) => r.kind === 'missing_ten_clear' && r.subject.kind === 'community').map((r) => r.subject.name)).toEqual(['新河社区']);
  });

  it('a community whose latest saved assessment passed is due for its yearly re-check', async () => {
    const now = new Date().toISOString();
    const standard = runtime.db.sqlite
      .prepare(`INSERT INTO standards (standard_id, version, name, source, builtin, body, created_at, updated_at) VALUES ('test-std', '1', '测试标准', '测试', 0, '{}', ?, ?)`)
      .run(now, now).lastInsertRowid;
    runtime.db.sqlite
      .prepare(
        `INSERT INTO assessments (standard_row_id, community_id, period_from, period_to, as_of, verdict, result, frozen, created_by, created_at, updated_at)
         VALUES (?, ?, '2024-01-01', '2024-07-15', '2024-07-15', 'pass', '{}', 1, 'admin', ?, ?)`,
      )
      .run(standard, xinhe, now, now);
    expect(rowsOf(await worklist(runtime, '2025-06-14'), 'community_recheck')).toEqual([]);
    expect(rowsOf(await worklist(runtime, '2025-06-15'), 'community_recheck', xinhe)[0]).toMatchObject({ status: 'due', dueOn: '2025-07-15', subject: { kind: 'community', name: '新河社区' } });
    expect(rowsOf(await worklist(runtime, '2025-07-16'), 'community_recheck', xinhe)[0]).toMatchObject({ status: 'overdue' });
  });
});

describe('filters and counts', () => {
  it('by community, clerk and kind; counts per kind ignore the kinds filter', async () => {
    const a = await jobSeeker(jinshan, '1990-04-04', '2025-09-01');
    const b = await jobSeeker(xinhe, '1991-04-04', '2025-09-01');
    await register(runtime, a, '2025-11-03');
    await register(runtime, b, '2025-11-03');
    await service(runtime, { personId: a }, '2025-11-04', 'job_preparation', { clerk: '李经办' });
    await service(runtime, { personId: b }, '2025-11-04', 'job_preparation', { clerk: '王经办' });
    const all = await worklist(runtime, '2025-11-10');
    expect(all.clerks).toEqual(expect.arrayContaining(['李经办', '王经办']));
    expect(rowsOf(all, 'guidance').map((r) => r.subject.id).sort()).toEqual([a, b].sort());

    const mine = await worklist(runtime, '2025-11-10', { clerk: '李经办' });
    expect(mine.rows.every((r) => r.clerk === '李经办')).toBe(true);
    expect(rowsOf(mine, 'guidance').map((r) => r.subject.id)).toEqual([a]);

    const inXinhe = await worklist(runtime, '2025-11-10', { communityId: xinhe });
    expect(inXinhe.rows.every((r) => r.communityId === xinhe)).toBe(true);
    expect(rowsOf(inXinhe, 'guidance').map((r) => r.subject.id)).toEqual([b]);

    const guidanceOnly = await worklist(runtime, '2025-11-10', { kinds: ['guidance'] });
    expect(guidanceOnly.rows.every((r) => r.kind === 'guidance')).toBe(true);
    expect(guidanceOnly.total).toBe(2);
    expect(guidanceOnly.countsByKind).toEqual(all.countsByKind);
    expect(guidanceOnly.countsByKind.missing_ten_clear).toBeGreaterThan(0);

    // Sorted: overdue first, by due date.
    const statuses = all.rows.map((r) => r.status);
    expect(statuses.indexOf('due')).toBeGreaterThan(statuses.lastIndexOf('overdue'));
  });

  it('bad input names the field in Chinese', async () => {
    const result = await runtime.call('worklist.list', { asOf: '2025-02-30' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.details?.fields?.[0]?.path).toBe('asOf');
    const kinds = await runtime.call('worklist.list', { asOf: '2025-02-28', kinds: ['nonsense'] });
    expect(kinds.ok).toBe(false);
    if (!kinds.ok) expect(kinds.error.message).toMatch(/待办类型/);
    const settings = await runtime.call('worklist.setSettings', { ...(await ok<object>(runtime, 'worklist.settings', {})), registrationReminderMonths: [11, 9] });
    expect(settings.ok).toBe(false);
    if (!settings.ok) expect(settings.error.message).toContain('登记失业第二次提醒应晚于第一次提醒');
  });
});
