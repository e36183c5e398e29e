/**
 * Every package from outside is hostile (issue #18 “bad input and faults”): each way a file can be wrong is refused
 * with a Chinese message naming where — before anything inside is trusted — and the process never dies on it.
 */
import { copyFileSync, readFileSync, statSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPackage } from '../../../electron/services/packages/package-reader';
import type { ReadPackage } from '../../../electron/services/packages/package-reader';
import { DEFAULT_ZIP_LIMITS } from '../../../electron/services/files/zip-limits';
import { UNSEAL_FAILED } from '../../../shared/domain/packages/format';
import {
  buildPackage,
  declareUncompressedSize,
  flipByte,
  head,
  PASS,
  patchBytes,
  repack,
  withManifest,
  writeRawZip,
  zipEntries,
} from '../../fixtures/package-builder';
import type { BuiltPackage } from '../../fixtures/package-builder';
import { tempDir } from '../support/temp-runtime';

const TODAY = '2026-11-20';
let dir: string;
let plain: BuiltPackage;
let sealed: BuiltPackage;

const COMMUNITIES = [
  { code: '321102001001', name: '江滨社区', kind: 'community' },
  { code: '321102001002', name: '新河社区', kind: 'community' },
  { code: '321102002001', name: '谏壁村', kind: 'village' },
];

beforeAll(async () => {
  dir = tempDir('desk-pkg-bad-');
  plain = await buildPackage(dir, 'good.cfjy', head('code-list'), [{ entity: 'communities', records: COMMUNITIES }]);
  sealed = await buildPackage(dir, 'good-sealed.cfjy', head('code-list'), [{ entity: 'communities', records: COMMUNITIES }], PASS);
});

const read = (path: string, passphrase?: string): Promise<ReadPackage> => readPackage(path, path.split('/').pop() ?? '', { passphrase, tempDir: dir, today: TODAY });

function copy(from: string, name: string): string {
  const path = join(dir, name);
  copyFileSync(from, path);
  return path;
}

function messages(r: ReadPackage): string {
  return r.problems.map((p) => `${p.file ?? ''}|${p.line ?? ''}|${p.field ?? ''}|${p.message}`).join('\n');
}

describe('the good ones pass', () => {
  it('plain and sealed', async () => {
    expect((await read(plain.path)).ok).toBe(true);
    expect((await read(sealed.path, PASS)).ok).toBe(true);
  });
});

describe('changed or cut files', () => {
  it('one flipped byte in a data file: the SHA-256 mismatch is named with the file', async () => {
    const path = join(dir, 'flipped-data.cfjy');
    await repack(plain.path, path, (name, data) => {
      if (name !== 'data/communities.jsonl') return data;
      const copyOf = Buffer.from(data);
      copyOf[5] = (copyOf[5] ?? 0) ^ 0x01;
      return copyOf;
    });
    const r = await read(path);
    expect(r.ok).toBe(false);
    expect(r.problems).toContainEqual(expect.objectContaining({ file: 'data/communities.jsonl', message: expect.stringMatching(/SHA-256 与清单记载不符/) }));
  });

  it('one flipped byte in the encrypted body, in the header, or in the tag: authentication fails', async () => {
    const info = statSync(sealed.path).size;
    for (const [name, offset] of [
      ['body', info - 40],
      ['header', 20],
      ['tag', -1],
    ] as const) {
      const path = copy(sealed.path, `flipped-${name}.cfjy`);
      flipByte(path, offset);
      const r = await read(path, PASS);
      expect(r.ok, name).toBe(false);
      // A flipped header byte may break its JSON or schema first: either way the file is refused as damaged.
      expect(messages(r), name).toMatch(name === 'header' ? /口令错误或文件已损坏|头部|损坏/ : /口令错误或文件已损坏/);
    }
  });

  it('a wrong passphrase', async () => {
    const r = await read(sealed.path, 'not-the-passphrase');
    expect(r.ok).toBe(false);
    expect(r.problems).toEqual([expect.objectContaining({ message: UNSEAL_FAILED })]);
  });

  it('a truncated file: sealed (shorter than its header says) and plain (no central directory)', async () => {
    const s = copy(sealed.path, 'truncated-sealed.cfjy');
    truncateSync(s, statSync(s).size - 100);
    expect(messages(await read(s, PASS))).toMatch(/文件不完整.*截断/);
    const p = copy(plain.path, 'truncated-plain.cfjy');
    truncateSync(p, Math.floor(statSync(p).size / 2));
    expect(messages(await read(p))).toMatch(/压缩文件不完整或已损坏/);
    const tiny = copy(sealed.path, 'truncated-header.cfjy');
    truncateSync(tiny, 10);
    expect(messages(await read(tiny, PASS))).toMatch(/文件不完整/);
  });

  it('an empty file and a file that is no package at all', async () => {
    const empty = join(dir, 'empty.cfjy');
    writeFileSync(empty, '');
    expect(messages(await read(empty))).toMatch(/空文件/);
    const text = join(dir, 'text.cfjy');
    writeFileSync(text, '日期,类型,名称\n');
    expect(messages(await read(text))).toMatch(/不是交换包/);
  });
});

describe('a manifest that lies or is not one', () => {
  it('a row count that lies', async () => {
    const path = join(dir, 'rows-lie.cfjy');
    await withManifest(plain.path, path, (m) => {
      (m.files as { rows: number }[])[0]!.rows = 5;
    });
    const r = await read(path);
    expect(r.problems).toContainEqual(expect.objectContaining({ file: 'data/communities.jsonl', message: expect.stringMatching(/清单记载有 5 行，实际有 3 行/) }));
  });

  it('a newer format version is refused with “upgrade”, plain and sealed', async () => {
    const path = join(dir, 'newer.cfjy');
    await withManifest(plain.path, path, (m) => {
      m.formatVersion = 2;
    });
    expect(messages(await read(path))).toMatch(/更新版本的格式（第 2 版）.*请升级本程序/);
    const s = copy(sealed.path, 'newer-sealed.cfjy');
    patchBytes(s, '"formatVersion":1', '"formatVersion":9');
    expect(messages(await read(s, PASS))).toMatch(/更新版本的格式（第 9 版）.*请升级本程序/);
  });

  it('no manifest, another format, a manifest that breaks its schema, a file it does not list, a listed file missing', async () => {
    const none = join(dir, 'no-manifest.cfjy');
    await repack(plain.path, none, (name, data) => (name === 'manifest.json' ? null : data));
    expect(messages(await read(none))).toMatch(/没有 manifest\.json/);
    const other = join(dir, 'other-format.cfjy');
    await withManifest(plain.path, other, (m) => {
      m.format = 'something-else';
    });
    expect(messages(await read(other))).toMatch(/不是交换包格式/);
    const bad = join(dir, 'bad-manifest.cfjy');
    await withManifest(plain.path, bad, (m) => {
      m.kind = 'everything';
    });
    expect((await read(bad)).problems).toContainEqual(expect.objectContaining({ file: 'manifest.json', field: 'kind' }));
    const extra = join(dir, 'extra-entry.cfjy');
    await repack(plain.path, extra, (_n, data) => data, [{ name: 'data/secret.jsonl', data: Buffer.from('{}\n') }]);
    expect(messages(await read(extra))).toMatch(/清单未列出的文件“data\/secret\.jsonl”/);
    const missing = join(dir, 'missing-data.cfjy');
    await repack(plain.path, missing, (name, data) => (name === 'data/communities.jsonl' ? null : data));
    expect(messages(await read(missing))).toMatch(/不在压缩包里/);
  });
});

describe('unsafe zips', () => {
  it('an entry named ../../evil and one with an absolute path are refused, naming them', async () => {
    const dots = join(dir, 'dotdot.cfjy');
    await repack(plain.path, dots, (_n, d) => d, [{ name: 'xx/xx/evil', data: Buffer.from('boom') }]);
    patchBytes(dots, 'xx/xx/evil', '../../evil');
    expect(messages(await read(dots))).toMatch(/“\.\.\/\.\.\/evil”含有“\.\.”.*不安全/);
    const absolute = join(dir, 'absolute.cfjy');
    await repack(plain.path, absolute, (_n, d) => d, [{ name: 'xetc/evil', data: Buffer.from('boom') }]);
    patchBytes(absolute, 'xetc/evil', '/etc/evil');
    expect(messages(await read(absolute))).toMatch(/“\/etc\/evil”是绝对路径/);
  });

  it('two entries of the same name are refused (which one counts would depend on the reader)', async () => {
    const path = join(dir, 'twice.cfjy');
    await repack(plain.path, path, (_n, d) => d, [{ name: 'data/communities.jsonl', data: Buffer.from('{"code":"321102001009","name":"冒名","kind":"community"}\n') }]);
    expect(messages(await read(path))).toMatch(/两个同名的“data\/communities\.jsonl”/);
  });

  it('a symbolic link is refused', async () => {
    const path = join(dir, 'link.cfjy');
    await repack(plain.path, path, (_n, d) => d, [{ name: 'data/link.jsonl', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]);
    expect(messages(await read(path))).toMatch(/“data\/link\.jsonl”是一个链接/);
  });

  it('a zip bomb (a small file that would expand past the limit) is refused from its central directory, at once', async () => {
    const path = join(dir, 'bomb.cfjy');
    const mb = Buffer.alloc(1024 * 1024, 0x20);
    await writeRawZip(path, [
      { name: 'manifest.json', data: readFileSync(plain.path).subarray(0, 0) },
      { name: 'data/communities.jsonl', data: () => Array.from({ length: 64 }, () => mb) },
    ]);
    expect(statSync(path).size).toBeLessThan(1024 * 1024);
    const started = performance.now();
    const r = await read(path);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(messages(r)).toMatch(/压缩比为 \d+:1.*疑似“压缩炸弹”/);
  });

  it('a bomb that declares a small size is stopped once it inflates past it, before expanding it all', async () => {
    const path = join(dir, 'lying-bomb.cfjy');
    const entries = await zipEntries(plain.path);
    const manifest = JSON.parse((entries.get('manifest.json') ?? Buffer.alloc(0)).toString('utf8')) as { files: { bytes: number }[] };
    const mb = Buffer.alloc(1024 * 1024, 0x20);
    await writeRawZip(path, [
      { name: 'manifest.json', data: entries.get('manifest.json') ?? Buffer.alloc(0) },
      { name: 'data/communities.jsonl', data: () => Array.from({ length: 64 }, () => mb) },
    ]);
    declareUncompressedSize(path, 'data/communities.jsonl', manifest.files[0]?.bytes ?? 100);
    const started = performance.now();
    const r = await read(path);
    expect(performance.now() - started).toBeLessThan(5000);
    expect(messages(r)).toMatch(/“data\/communities\.jsonl”解压后的大小超过它声明的大小.*已停止读取/);
  });

  it('one line longer than the line limit is refused without buffering it', async () => {
    const path = join(dir, 'long-line.cfjy');
    const limits = { ...DEFAULT_ZIP_LIMITS, maxLineBytes: 4096 };
    const built = await buildPackage(dir, 'long-line.cfjy', head('code-list'), [{ entity: 'communities', records: [{ code: '321102001001', name: 'x'.repeat(10_000), kind: 'community' }] }]);
    const r = await readPackage(built.path, 'long-line.cfjy', { tempDir: dir, today: TODAY, limits });
    expect(path).toBe(built.path);
    expect(messages(r)).toMatch(/“data\/communities\.jsonl”第 1 行超过 4 KB 的上限/);
  });
});

describe('records', () => {
  it('a record that breaks its schema is named by file, line and field; bad JSON and blank lines too', async () => {
    const path = join(dir, 'bad-records.cfjy');
    const bad = await buildPackage(dir, 'bad-records-src.cfjy', head('code-list'), [
      { entity: 'communities', records: [COMMUNITIES[0], { code: '32110200100', name: '短代码', kind: 'community' }, { code: '321102001003', name: '', kind: 'town' }] },
    ]);
    const r = await read(bad.path);
    expect(r.problems).toContainEqual(expect.objectContaining({ file: 'data/communities.jsonl', line: 2, field: 'code', message: expect.stringMatching(/12 位/) }));
    expect(r.problems).toContainEqual(expect.objectContaining({ file: 'data/communities.jsonl', line: 3, field: 'name' }));
    expect(r.problems).toContainEqual(expect.objectContaining({ file: 'data/communities.jsonl', line: 3, field: 'kind' }));
    await repack(plain.path, path, (name, data) => (name === 'data/communities.jsonl' ? Buffer.concat([data, Buffer.from('{not json\n\n')]) : data));
    const r2 = await read(path);
    expect(r2.problems).toContainEqual(expect.objectContaining({ line: 4, message: '不是有效的 JSON' }));
    expect(r2.problems).toContainEqual(expect.objectContaining({ line: 5, message: expect.stringMatching(/空行/) }));
  });

  it('a line that is not UTF-8 is named; the lines around it are still read', async () => {
    const path = join(dir, 'not-utf8.cfjy');
    await repack(plain.path, path, (name, data) => (name === 'data/communities.jsonl' ? Buffer.concat([data, Buffer.from([0x7b, 0xff, 0xfe, 0x7d, 0x0a]), Buffer.from('{"code":"321102001009","name":"末行","kind":"community"}')]) : data));
    const r = await read(path);
    expect(r.problems).toContainEqual(expect.objectContaining({ file: 'data/communities.jsonl', line: 4, message: '不是 UTF-8 编码的文字' }));
    expect(r.records.get('communities')?.lines).toEqual([1, 2, 3, 5]);
  });

  it('an annual submission or a transfer that is not sealed is refused (personal data travels only encrypted)', async () => {
    const built = await buildPackage(dir, 'plain-transfer.cfjy', head('community-transfer', { issuer: { code: '321102001', name: 'x' }, recipient: { code: '321102002', name: null } }), [
      { entity: 'communities', records: [] },
      { entity: 'households', records: [] },
      { entity: 'persons', records: [] },
      { entity: 'memberships', records: [] },
      { entity: 'spells', records: [] },
      { entity: 'registrations', records: [] },
      { entity: 'services', records: [] },
      { entity: 'complaints', records: [] },
    ]);
    expect(messages(await read(built.path))).toMatch(/社区划转包含个人信息，必须加密传递/);
  });
});
