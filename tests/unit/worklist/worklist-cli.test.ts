/** `worklist --as-of D [--community CODE] --json`: one JSON document, keys by 身份证号码 / 户编号, exit codes 0/1/2. */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, onlyJson } from '../support/cli-capture';
import { community, household, person, register, streetRuntime, wish } from './street-fixture';

const CHINESE = /[\u4e00-\u9fa5]/;
let db: string;
let dispose: () => void;
let idNumber: string;
let householdNumber: string;
let xinheCode: string;

beforeAll(async () => {
  const runtime = await streetRuntime('2026-06-30');
  const jinshan = await community(runtime, '金山社区');
  const xinhe = await community(runtime, '新河社区');
  xinheCode = (runtime.db.sqlite.prepare('SELECT code FROM communities WHERE id = ?').pluck().get(xinhe) as string);
  const seeker = await person(runtime, await household(runtime, jinshan, { urban: false }), { birthDate: '1990-04-04', name: '徐泰言' });
  await wish(runtime, seeker.id, '2025-09-01');
  await register(runtime, seeker.id, '2025-09-30');
  idNumber = runtime.db.sqlite.prepare('SELECT id_number FROM persons WHERE id = ?').pluck().get(seeker.id) as string;
  const h = await household(runtime, xinhe, { urban: true });
  householdNumber = runtime.db.sqlite.prepare('SELECT number FROM households WHERE id = ?').pluck().get(h) as string;
  const head = await person(runtime, h, { birthDate: '1982-02-02' });
  await wish(runtime, head.id, '2025-08-01');
  db = join(runtime.dataDir, 'desk.sqlite');
  runtime.close();
  dispose = () => runtime.dispose();
});
afterAll(() => dispose());

describe('cli: worklist', () => {
  it('--json prints exactly { asOf, total, countsByKind, rows } keyed by 身份证号码 and 户编号', async () => {
    const result = await cli('worklist', '--as-of', '2025-10-12', '--db', db, '--json');
    expect(result.code).toBe(0);
    const doc = onlyJson(result.stdout);
    expect(Object.keys(doc)).toEqual(['asOf', 'total', 'countsByKind', 'rows']);
    expect(doc.asOf).toBe('2025-10-12');
    const rows = doc.rows as { kind: string; status: string; dueOn: string; subject: { kind: string; key: string } }[];
    expect(doc.total).toBe(rows.length);
    expect(rows.find((r) => r.kind === 'guidance')).toMatchObject({ status: 'overdue', dueOn: '2025-10-11', subject: { kind: 'person', key: idNumber } });
    expect(rows.find((r) => r.kind === 'zero_employment_family')).toMatchObject({ status: 'overdue', subject: { kind: 'household', key: householdNumber } });
    expect((doc.countsByKind as Record<string, number>).guidance).toBe(1);
    expect(Object.keys(rows[0] ?? {})).toEqual(['kind', 'status', 'dueOn', 'communityId', 'communityCode', 'communityName', 'clerk', 'subject', 'detail', 'link']);
  });

  it('--community CODE keeps one community; without --json a readable list', async () => {
    const one = onlyJson((await cli('worklist', '--as-of', '2025-10-12', '--community', xinheCode, '--db', db, '--json')).stdout);
    const rows = one.rows as { communityCode: string; kind: string }[];
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.communityCode === xinheCode)).toBe(true);
    expect(rows.some((r) => r.kind === 'guidance')).toBe(false);
    const human = await cli('worklist', '--as-of', '2025-10-12', '--db', db);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('2025-10-12 待办');
    expect(human.stdout).toContain('徐泰言');
  });

  it.each([
    ['no --as-of', ['worklist'], 2],
    ['an impossible date', ['worklist', '--as-of', '2025-02-30'], 2],
    ['an unknown option', ['worklist', '--as-of', '2025-10-12', '--frobnicate'], 2],
    ['an unknown community code', ['worklist', '--as-of', '2025-10-12', '--community', '321102001999'], 1],
  ])('%s: exit %i with a Chinese message and one JSON document', async (_label, args, code) => {
    const result = await cli(...args, '--db', db, '--json');
    expect(result.code).toBe(code);
    expect(result.stderr).toMatch(CHINESE);
    expect(onlyJson(result.stdout)).toMatchObject({ ok: false });
  });
});
