/**
 * A ledger reads and writes only what its persons touch: a snapshot scoped to some ID numbers holds exactly the full
 * snapshot's records of those persons (persons, periods, registrations, service records) and the households they
 * belong or belonged to with those of the chosen community; and a ledger's commit — new persons' dates written
 * with their rows, row ids looked up key by key, the refresh of what it touched — leaves the derived state a full
 * recompute would give.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { pinToday } from '../../../shared/clock';
import type { LedgerInspection, LedgerPreview } from '../../../shared/contract/ledger-import';
import { makeIdNumber } from '../../../shared/domain/id-number';
import { loadDemoStreet } from '../../../electron/services/demo/demo-service';
import { recomputeEverything } from '../../../electron/services/population/recompute';
import { loadSnapshot } from '../../../electron/services/workbook/workbook-snapshot';
import type { WorkbookSnapshot } from '../../../electron/services/workbook/workbook-snapshot';
import { derivedStateDigest } from '../../fixtures/derived-state';
import { untilJobEnds } from '../support/follow-job';
import { tempDir, tempRuntime } from '../support/temp-runtime';

let runtime: ReturnType<typeof tempRuntime>;

beforeAll(() => {
  pinToday('2026-11-20');
  runtime = tempRuntime();
  loadDemoStreet(runtime.db, runtime.caller(), { size: 'small', seed: 20261120, asOf: '2026-11-20', today: '2026-11-20' });
}, 120_000);
afterAll(() => {
  runtime.dispose();
  pinToday(null);
});

const only = <V>(map: Map<string, V>, keep: (key: string, value: V) => boolean) => [...map].filter(([k, v]) => keep(k, v));

it('a snapshot scoped to some persons holds the full snapshot’s records of them, their households and the community’s', () => {
  const full: WorkbookSnapshot = loadSnapshot(runtime.db);
  const named = [...full.persons.keys()].filter((_id, i) => i % 7 === 3);
  const unknown = makeIdNumber('110105', '1949-12-31', 2);
  expect(full.persons.has(unknown)).toBe(false);
  const ids = new Set(named);
  const [communityCode] = [...full.communities.keys()];
  if (communityCode === undefined) throw new Error('no community');
  const scoped = loadSnapshot(runtime.db, ['communities', 'households', 'persons', 'registrations', 'services'], { idNumbers: [...named, unknown], communityCode });

  expect([...scoped.communities]).toEqual([...full.communities]);
  expect([...scoped.persons]).toEqual(only(full.persons, (k) => ids.has(k)));
  expect([...scoped.memberships]).toEqual(only(full.memberships, (k) => ids.has(k)));
  expect([...scoped.registrations]).toEqual(only(full.registrations, (_k, v) => ids.has(v.record.idNumber)));
  expect([...scoped.services]).toEqual(only(full.services, (_k, v) => ids.has(v.record.idNumber)));
  expect(scoped.services.size).toBeGreaterThan(0);
  expect(scoped.registrations.size).toBeGreaterThan(0);

  const theirs = new Set<string>();
  for (const id of named) {
    theirs.add(full.persons.get(id)?.record.householdNumber ?? '');
    for (const period of full.memberships.get(id) ?? []) theirs.add(period.householdId);
  }
  const expected = only(full.households, (number, h) => theirs.has(number) || h.record.communityCode === communityCode || number.startsWith(communityCode));
  expect([...scoped.households]).toEqual(expected);
  expect(scoped.households.size).toBeLessThan(full.households.size);
  // Not read: what the fields leave out.
  expect(scoped.spells.size + scoped.wishes.size + scoped.recognitions.size).toBe(0);
});

it('a ledger’s commit leaves the derived state a full recompute gives (new persons’ dates written with their rows)', async () => {
  const call = async <T>(method: string, input: unknown): Promise<T> => {
    const result = await runtime.call(method, input);
    if (!result.ok) throw new Error(result.error.message);
    return result.value as T;
  };
  const communities = await call<{ id: number; code: string }[]>('communities.list', {});
  const community = communities[0];
  if (!community) throw new Error('no community');
  const existing = runtime.db.sqlite.prepare('SELECT id_number AS idNumber, name FROM persons WHERE archived_on IS NULL ORDER BY id LIMIT 3').all() as { idNumber: string; name: string }[];
  const births = ['1966-05-20', '1971-11-30', '1958-02-28', '1990-07-01', '2004-01-15', '1975-03-03'];
  const lines = ['姓名,身份证号码,家庭住址,失业时间'];
  births.forEach((birth, i) => lines.push(`新居民${i},${makeIdNumber('321102', birth, 500 + i)},金山路${100 + Math.floor(i / 2)}号,2026-0${1 + i}-10`));
  for (const p of existing) lines.push(`${p.name},${p.idNumber},,2026-10-08`);
  const dir = tempDir('desk-ledger-scope-');
  const path = join(dir, 'unemployed.csv');
  writeFileSync(path, `\ufeff${lines.join('\r\n')}\r\n`);
  const file = runtime.files.register({ path, name: 'unemployed.csv', direction: 'input' });
  const inspection = await call<LedgerInspection>('ledgerImport.inspect', { file, sheet: null });
  const started = await call<{ jobId: string }>('ledgerImport.preview', {
    file,
    sheet: inspection.sheet,
    kind: 'unemployed',
    communityId: community.id,
    mapping: inspection.suggestions.unemployed,
    saveAs: null,
  });
  const previewed = await untilJobEnds(runtime, started.jobId);
  const preview = previewed.result as LedgerPreview;
  expect(preview.summary.new).toBe(births.length);
  const committing = await call<{ jobId: string }>('ledgerImport.commit', { previewJobId: started.jobId });
  expect((await untilJobEnds(runtime, committing.jobId)).state).toBe('done');

  const undated = runtime.db.sqlite.prepare("SELECT COUNT(*) FROM persons WHERE id_number LIKE '321102%' AND (working_age_from IS NULL OR retirement_on IS NULL)").pluck().get();
  expect(undated).toBe(0);
  const afterCommit = derivedStateDigest(runtime.db);
  recomputeEverything(runtime.db);
  expect(derivedStateDigest(runtime.db)).toEqual(afterCommit);
}, 60_000);
