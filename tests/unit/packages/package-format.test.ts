/** The package format (docs/packages.md): the manifest, its hashes and counts, the sealed container, read back. */
import { readFileSync, statSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPackage } from '../../../electron/services/packages/package-reader';
import { readSealedHeader } from '../../../electron/services/packages/seal';
import { writePackage } from '../../../electron/services/packages/package-writer';
import { PACKAGE_FORMAT, PACKAGE_FORMAT_VERSION, SEALED_FORMAT, SEALED_MAGIC } from '../../../shared/domain/packages/format';
import { APP_NAME, APP_VERSION } from '../../../shared/version';
import { buildPackage, head, PASS, sha256, zipEntries } from '../../fixtures/package-builder';
import { tempDir } from '../support/temp-runtime';

const TODAY = '2026-11-20';
let dir: string;
beforeAll(() => {
  dir = tempDir('desk-pkg-format-');
});

const DAYS = [
  { date: '2027-01-01', kind: 'holiday', name: '元旦' },
  { date: '2027-02-06', kind: 'workday', name: '春节调休上班' },
  { date: '2027-10-01', kind: 'holiday', name: '国庆节' },
];

async function calendarPackage(name: string, passphrase?: string) {
  return buildPackage(
    dir,
    name,
    head('calendar', { period: { from: '2027-01-01', to: '2027-12-31' } }),
    [
      { entity: 'calendarYears', records: [{ year: 2027, source: '国办发明电〔2026〕N号' }] },
      { entity: 'calendarDays', records: DAYS },
    ],
    passphrase,
  );
}

describe('the manifest', () => {
  it('names the format, version, kind, parties, period, time and generator, and each data file with its rows and SHA-256', async () => {
    const built = await calendarPackage('manifest.cfjy');
    const entries = await zipEntries(built.path);
    expect([...entries.keys()]).toEqual(['manifest.json', 'data/calendar-years.jsonl', 'data/calendar-days.jsonl']);
    const manifest = JSON.parse((entries.get('manifest.json') ?? Buffer.alloc(0)).toString('utf8')) as Record<string, unknown>;
    expect(manifest).toMatchObject({
      format: PACKAGE_FORMAT,
      formatVersion: PACKAGE_FORMAT_VERSION,
      kind: 'calendar',
      issuer: { code: '321102', name: '镇江市京口区人社局' },
      recipient: { code: '*', name: null },
      period: { from: '2027-01-01', to: '2027-12-31' },
      generator: { name: APP_NAME, version: APP_VERSION },
    });
    expect(manifest.packageId).toMatch(/^[0-9a-f-]{36}$/);
    expect(Number.isNaN(Date.parse(String(manifest.createdAt)))).toBe(false);
    const days = entries.get('data/calendar-days.jsonl') ?? Buffer.alloc(0);
    // One JSON object a line, each line ending in \n; the manifest's hash and size are of exactly these bytes.
    expect(days.toString('utf8')).toBe(DAYS.map((d) => `${JSON.stringify(d)}\n`).join(''));
    expect(manifest.files).toEqual([
      { path: 'data/calendar-years.jsonl', entity: 'calendarYears', rows: 1, bytes: entries.get('data/calendar-years.jsonl')?.length, sha256: sha256(entries.get('data/calendar-years.jsonl') ?? '') },
      { path: 'data/calendar-days.jsonl', entity: 'calendarDays', rows: 3, bytes: days.length, sha256: sha256(days) },
    ]);
  });

  it('a plain package is a zip whose file hash is also its content hash; reading it back gives the records', async () => {
    const built = await calendarPackage('plain.cfjy');
    expect(readFileSync(built.path).subarray(0, 2).toString('ascii')).toBe('PK');
    const read = await readPackage(built.path, 'plain.cfjy', { tempDir: dir, today: TODAY });
    expect(read.problems).toEqual([]);
    expect(read.ok).toBe(true);
    expect(read.sealed).toBe(false);
    expect(read.sha256).toBe(sha256(readFileSync(built.path)));
    expect(read.contentSha256).toBe(read.sha256);
    expect(read.records.get('calendarDays')?.records).toEqual(DAYS);
    expect(read.records.get('calendarDays')?.lines).toEqual([1, 2, 3]);
  });
});

describe('the sealed form', () => {
  it('starts CFJYSEAL, a header length and an authenticated JSON header with format, version, scrypt parameters and sizes', async () => {
    const built = await calendarPackage('sealed.cfjy', PASS);
    const bytes = readFileSync(built.path);
    expect(bytes.subarray(0, 8).toString('ascii')).toBe(SEALED_MAGIC);
    const info = await readSealedHeader(built.path);
    expect(info.header).toMatchObject({
      format: SEALED_FORMAT,
      formatVersion: 1,
      cipher: 'aes-256-gcm',
      kdf: { name: 'scrypt', N: 2 ** 14, r: 8, p: 1, keyBytes: 32 },
      tagBytes: 16,
      kind: 'calendar',
      issuer: '321102',
      recipient: '*',
    });
    expect(Buffer.from(info.header.kdf.salt, 'base64')).toHaveLength(16);
    expect(Buffer.from(info.header.nonce, 'base64')).toHaveLength(12);
    expect(info.fileBytes).toBe(statSync(built.path).size);
    expect(info.bodyOffset + info.header.plainBytes + 16).toBe(info.fileBytes);
    // Nothing of the data shows in the file.
    expect(bytes.includes(Buffer.from('春节调休上班'))).toBe(false);
    expect(bytes.includes(Buffer.from('manifest.json'))).toBe(false);
  });

  it('opens with the passphrase: the same records, the content hash of the zip inside', async () => {
    const built = await calendarPackage('sealed-open.cfjy', PASS);
    const read = await readPackage(built.path, 'sealed-open.cfjy', { passphrase: PASS, tempDir: dir, today: TODAY });
    expect(read.problems).toEqual([]);
    expect(read.sealed).toBe(true);
    expect(read.contentSha256).not.toBe(read.sha256);
    expect(read.manifest?.kind).toBe('calendar');
    expect(read.records.get('calendarDays')?.records).toEqual(DAYS);
  });

  it('without a passphrase says it needs one and reads nothing inside', async () => {
    const built = await calendarPackage('sealed-nopass.cfjy', PASS);
    const read = await readPackage(built.path, 'x.cfjy', { tempDir: dir, today: TODAY });
    expect(read).toMatchObject({ ok: false, sealed: true, needsPassphrase: true, manifest: null });
    expect(read.header?.kind).toBe('calendar');
  });

  it('seals with scrypt N = 2^17, r = 8, p = 1 by default (recorded in the header)', async () => {
    const path = `${dir}/default-kdf.cfjy`;
    await writePackage({ tempDir: dir, outPath: path, head: head('parameters'), entities: [{ entity: 'parameters', records: [] }], passphrase: PASS });
    const info = await readSealedHeader(path);
    expect(info.header.kdf).toMatchObject({ N: 131072, r: 8, p: 1 });
    const read = await readPackage(path, 'default-kdf.cfjy', { passphrase: PASS, tempDir: dir, today: TODAY });
    expect(read.ok).toBe(true);
  });

  it('a passphrase typed in another Unicode form (NFD) opens the same package', async () => {
    const built = await calendarPackage('nfc.cfjy', 'café-口令-2026');
    const read = await readPackage(built.path, 'nfc.cfjy', { passphrase: 'cafe\u0301-口令-2026', tempDir: dir, today: TODAY });
    expect(read.ok).toBe(true);
  });
});
