/**
 * The two-step import (issue #18 item 3): verify, then a dry run against the database, then one transaction or
 * nothing — never for another street, never twice, never past a conflict or a change made since the preview;
 * every import and export logged with its hash, kind, issuer, time and user.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../../shared/app-error';
import { commitPackage } from '../../../electron/services/packages/import-package';
import { findImportByHash } from '../../../db/repositories/system/packages-repo';
import { buildPackage, head, PASS } from '../../fixtures/package-builder';
import { dbFingerprint } from '../support/db-fingerprint';
import { tempDir } from '../support/temp-runtime';
import { addCommunities, exportFrom, importInto, install, preview, rows } from './package-support';
import type { Install } from './package-support';

let here: Install;
let dir: string;
beforeEach(async () => {
  here = await install('321102001', '解放路街道');
  dir = tempDir('desk-pkg-import-');
});
afterEach(() => here.dispose());

const codeList = (recipient = '*', communities = [{ code: '321102001001', name: '江滨社区', kind: 'community' }]) =>
  buildPackage(dir, `code-list-${recipient.replace('*', 'all')}-${Math.random().toString(36).slice(2)}.cfjy`, head('code-list', { recipient: { code: recipient, name: null } }), [{ entity: 'communities', records: communities }]);

describe('addressed to this install', () => {
  it('a package for another street is refused, naming both, and nothing is written', async () => {
    const forOther = await buildPackage(dir, 'verdicts-other.cfjy', head('bureau-verdicts', { recipient: { code: '321102002', name: null } }), [{ entity: 'verdicts', records: [] }]);
    const before = dbFingerprint(here);
    const prepared = await preview(here, forOther.path);
    expect(prepared.preview.ok).toBe(false);
    expect(prepared.preview.errors).toEqual([expect.objectContaining({ file: 'manifest.json', field: 'recipient', message: expect.stringMatching(/发给“321102002”的.*本街道（321102001）/) })]);
    expect(() => commitPackage(here.db, here.caller(), prepared)).toThrow(AppError);
    expect(dbFingerprint(here)).toBe(before);
  });

  it('the bureau’s kinds may name everyone, the city or county prefix; not another county', async () => {
    for (const recipient of ['*', '32', '3211', '321102', '321102001']) {
      expect((await preview(here, (await codeList(recipient)).path)).preview.ok, recipient).toBe(true);
    }
    for (const recipient of ['321103', '3212', '321102002']) {
      expect((await preview(here, (await codeList(recipient)).path)).preview.ok, recipient).toBe(false);
    }
  });
});

describe('the same package twice', () => {
  it('says when it was imported and writes nothing; also when its content comes sealed again', async () => {
    const pkg = await codeList();
    await importInto(here, pkg.path);
    expect(rows(here, 'SELECT code FROM communities')).toEqual([{ code: '321102001001' }]);
    const before = dbFingerprint(here);
    const again = await preview(here, pkg.path);
    expect(again.preview.alreadyImported).toMatchObject({ by: 'local-admin', fileName: pkg.path.split('/').pop() });
    expect(again.preview.ok).toBe(true);
    expect(again.preview.notes[0]).toMatch(/已于 \d{4}-\d\d-\d\d \d\d:\d\d 由 local-admin 导入.*本次未写入任何数据/);
    expect(() => commitPackage(here.db, here.caller(), again)).toThrow(/已于/);
    expect(dbFingerprint(here)).toBe(before);
  });

  it('a sealed package recognised again needs no passphrase the second time', async () => {
    const sealed = await buildPackage(dir, 'sealed-list.cfjy', head('code-list'), [{ entity: 'communities', records: [{ code: '321102001001', name: '江滨社区', kind: 'community' }] }], PASS);
    await importInto(here, sealed.path, PASS);
    const again = await preview(here, sealed.path);
    expect(again.preview.alreadyImported).not.toBeNull();
    expect(again.preview.needsPassphrase).toBe(false);
  });

  it('an import made meanwhile (after the preview) is caught at commit', async () => {
    const pkg = await codeList();
    const first = await preview(here, pkg.path);
    const second = await preview(here, pkg.path);
    commitPackage(here.db, here.caller(), first);
    const before = dbFingerprint(here);
    expect(() => commitPackage(here.db, here.caller(), second)).toThrow(/预览之后数据库已有改动|已于/);
    expect(dbFingerprint(here)).toBe(before);
  });
});

describe('conflicts and changes', () => {
  it('a conflict is listed and blocks the commit; nothing is written', async () => {
    await addCommunities(here, [{ code: '321102001001', name: '江滨社区' }]);
    const pkg = await codeList('*', [
      { code: '321102001002', name: '江滨社区', kind: 'community' },
      { code: '321102001003', name: '新河社区', kind: 'community' },
    ]);
    const before = dbFingerprint(here);
    const prepared = await preview(here, pkg.path);
    expect(prepared.preview.summary).toEqual({ communities: { new: 1, changed: 0, unchanged: 0, conflicts: 1 } });
    expect(prepared.preview.errors).toEqual([
      expect.objectContaining({ entity: 'communities', key: '321102001002', file: 'data/communities.jsonl', line: 1, message: expect.stringMatching(/已有名为“江滨社区”的社区，代码是 321102001001/) }),
    ]);
    expect(prepared.preview.ok).toBe(false);
    expect(() => commitPackage(here.db, here.caller(), prepared)).toThrow(AppError);
    expect(dbFingerprint(here)).toBe(before);
  });

  it('a change made after the preview makes the commit refuse: preview again', async () => {
    const pkg = await codeList();
    const prepared = await preview(here, pkg.path);
    await addCommunities(here, [{ code: '321102001009', name: '后加社区' }]);
    const before = dbFingerprint(here);
    expect(() => commitPackage(here.db, here.caller(), prepared)).toThrow(/预览之后数据库已有改动/);
    expect(dbFingerprint(here)).toBe(before);
  });

  it('new, changed and unchanged are counted; only this street’s communities of a city list are imported', async () => {
    await addCommunities(here, [
      { code: '321102001001', name: '江滨社区' },
      { code: '321102001002', name: '旧名社区' },
    ]);
    const pkg = await codeList('3211', [
      { code: '321102001001', name: '江滨社区', kind: 'community' },
      { code: '321102001002', name: '新河社区', kind: 'community' },
      { code: '321102001003', name: '谏壁村', kind: 'village' },
      { code: '321102002001', name: '别的街道的社区', kind: 'community' },
    ]);
    const { prepared } = await importInto(here, pkg.path);
    expect(prepared.preview.summary).toEqual({ communities: { new: 1, changed: 1, unchanged: 1, conflicts: 0 } });
    expect(prepared.preview.notes).toContain('代码表中另有 1 个社区属于其他街道，不导入。');
    expect(rows(here, 'SELECT code, name, kind FROM communities ORDER BY code')).toEqual([
      { code: '321102001001', name: '江滨社区', kind: 'community' },
      { code: '321102001002', name: '新河社区', kind: 'community' },
      { code: '321102001003', name: '谏壁村', kind: 'village' },
    ]);
  });
});

describe('the exchange log', () => {
  it('every export and import is logged with its hash, kind, issuer, recipient, time and user (and audited)', async () => {
    await addCommunities(here, [{ code: '321102001001', name: '江滨社区' }]);
    const exported = await exportFrom(here, dir, 'list.cfjy', { kind: 'code-list' });
    const other = await install('321102001', '解放路街道');
    try {
      const { imported } = await importInto(other, exported.path);
      const [exportRow] = rows<Record<string, unknown>>(here, "SELECT * FROM packages WHERE direction = 'export'");
      expect(exportRow).toMatchObject({ kind: 'code-list', sha256: exported.sha256, content_sha256: exported.contentSha256, issuer: '321102001', recipient: '*', created_by: 'local-admin', sealed: 0, file_name: 'list.cfjy' });
      const [importRow] = rows<Record<string, unknown>>(other, "SELECT * FROM packages WHERE direction = 'import' AND id = ?", imported.logId);
      expect(importRow).toMatchObject({ kind: 'code-list', sha256: exported.sha256, issuer: '321102001', recipient: '*', created_by: 'local-admin' });
      expect(String(importRow?.created_at)).toMatch(/^\d{4}-\d\d-\d\dT/);
      expect(findImportByHash(other.db, ['code-list'], [exported.sha256])?.id).toBe(imported.logId);
      expect(rows(other, "SELECT action, entity_key AS key FROM audit_events WHERE entity = 'package'")).toEqual([{ action: 'import', key: exported.sha256 }]);
      expect(rows(here, "SELECT action, entity_key AS key FROM audit_events WHERE entity = 'package'")).toEqual([{ action: 'export', key: exported.sha256 }]);
    } finally {
      other.dispose();
    }
  });
});
