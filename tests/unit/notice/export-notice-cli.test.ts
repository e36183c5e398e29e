/** `export-notice --community C --as-of D OUT.pdf`: the notice as PDF through the system Chromium; clear errors. */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli, onlyJson } from '../support/cli-capture';
import { kitRuntime, StreetKit } from '../assessment/street-kit';

const TODAY = '2026-11-20';
let db: string;
let dir: string;
let code: string;
let idNumbers: string[];
let dispose: () => void;

function pdfText(path: string): string {
  return execFileSync('pdftotext', ['-layout', path, '-'], { encoding: 'utf8' });
}

beforeAll(async () => {
  const runtime = await kitRuntime(TODAY);
  const kit = new StreetKit(runtime);
  const community = kit.community('金山社区');
  const employed = kit.single(community);
  kit.employ(employed, '2024-01-01');
  kit.single(community);
  kit.refresh();
  const details = await runtime.call('street.details', {});
  if (!details.ok) throw new Error(details.error.message);
  const saved = await runtime.call('street.saveDetails', { version: (details.value as { version: number }).version, name: '解放路街道', complaintPhone: '0511-88886666', complaintMailbox: '街道办事处一楼举报箱', preparer: '李明', address: '解放路 1 号' });
  if (!saved.ok) throw new Error(saved.error.message);
  code = runtime.db.sqlite.prepare('SELECT code FROM communities WHERE id = ?').pluck().get(community) as string;
  idNumbers = runtime.db.sqlite.prepare('SELECT id_number FROM persons').pluck().all() as string[];
  dir = runtime.dataDir;
  db = join(dir, 'desk.sqlite');
  runtime.close();
  dispose = () => runtime.dispose();
});
afterAll(() => dispose());

describe('cli: export-notice', () => {
  it('writes an A3 PDF of the community’s notice: title, numbers, complaint phone, page 1 of 1, no ID number', async () => {
    const out = join(dir, '公示牌.pdf');
    const result = await cli('export-notice', '--community', code, '--as-of', TODAY, out, '--db', db, '--today', TODAY, '--json');
    expect(result.code, result.stderr).toBe(0);
    const doc = onlyJson(result.stdout);
    expect(doc).toMatchObject({ ok: true, file: out, community: { code, name: '金山社区' }, asOf: TODAY, paper: 'A3' });
    expect(Object.keys(doc)).toEqual(['ok', 'file', 'community', 'asOf', 'paper', 'bytes']);
    expect(existsSync(out)).toBe(true);
    const text = pdfText(out);
    expect(text).toContain('创建充分就业社区公示牌');
    expect(text).toContain('金山社区');
    expect(text).toContain('0511-88886666');
    expect(text).toMatch(/第\s*1\s*页\s*共\s*1\s*页/);
    expect(text).toContain('劳动力资源');
    for (const id of idNumbers) expect(text).not.toContain(id);
    expect(text).not.toMatch(/\d{17}[\dX]/);
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Page size:.*\(A3\)/);
  });

  it('--paper A4 makes an A4 poster; without --json a line saying where', async () => {
    const out = join(dir, 'a4.pdf');
    const result = await cli('export-notice', '--community', code, '--as-of', TODAY, '--paper', 'A4', out, '--db', db, '--today', TODAY);
    expect(result.code, result.stderr).toBe(0);
    expect(result.stdout).toContain('已生成');
    expect(execFileSync('pdfinfo', [out], { encoding: 'utf8' })).toMatch(/Pages:\s+1[\s\S]*Page size:.*\(A4\)/);
  });

  it('refuses an unknown community in Chinese, listing the street’s codes (exit 1, nothing written)', async () => {
    const out = join(dir, 'none.pdf');
    const result = await cli('export-notice', '--community', '321102001999', '--as-of', TODAY, out, '--db', db, '--today', TODAY, '--json');
    expect(result.code).toBe(1);
    const doc = onlyJson(result.stdout);
    expect(doc).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(String((doc.error as { message: string }).message)).toContain(`找不到社区代码为 321102001999 的社区。本街道的社区有：${code} 金山社区`);
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a date after today (exit 1)', async () => {
    const result = await cli('export-notice', '--community', code, '--as-of', '2026-11-21', join(dir, 'future.pdf'), '--db', db, '--today', TODAY);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('晚于今天');
  });

  it.each([
    [['--as-of', TODAY, 'x.pdf'], '--community'],
    [['--community', '321102001001', 'x.pdf'], '--as-of'],
    [['--community', '321102001001', '--as-of', '2026-02-30', 'x.pdf'], '有效日期'],
    [['--community', '321102001001', '--as-of', TODAY, '--paper', 'B5', 'x.pdf'], 'A3 或 A4'],
    [['--community', '321102001001', '--as-of', TODAY, 'x.xlsx'], '.pdf'],
    [['--community', '321102001001', '--as-of', TODAY], 'PDF 文件名'],
  ])('usage errors exit 2: %j', async (args, message) => {
    const result = await cli('export-notice', ...args, '--db', db, '--today', TODAY);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
  });
});
