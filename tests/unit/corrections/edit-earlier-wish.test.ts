/** 修改 of any wish (issue #14): an earlier wish, not the one in force, is read and rewritten; audited; refusals change nothing. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonEmployment, Wish } from '../../../shared/contract/employment';
import { refused } from '../history/history-fixture';
import { community, household, ok, person, streetRuntime } from '../worklist/street-fixture';
import type { Runtime } from '../worklist/street-fixture';

let runtime: Runtime;
beforeEach(async () => {
  runtime = await streetRuntime('2026-06-30');
});
afterEach(() => runtime.dispose());

describe('修改 of an earlier wish', () => {
  it('reads and rewrites a wish no longer in force, the one in force untouched', async () => {
    const c = await community(runtime, '金山社区');
    const p = (await person(runtime, await household(runtime, c), { birthDate: '1980-05-05' })).id;
    const earlier = await ok<Wish>(runtime, 'wishes.record', { personId: p, recordedOn: '2025-03-01', hasWish: true, wishedJob: '保洁' });
    const current = await ok<Wish>(runtime, 'wishes.record', { personId: p, recordedOn: '2026-03-01', hasWish: true, wishedJob: '保安' });
    expect(await ok<Wish>(runtime, 'corrections.wish', { id: earlier.id })).toMatchObject({ id: earlier.id, recordedOn: '2025-03-01', wishedJob: '保洁' });

    const edited = await ok<Wish>(runtime, 'corrections.editWish', {
      id: earlier.id,
      recordedOn: '2025-02-20',
      hasWish: false,
      wishedJob: null,
      wishedWage: null,
      trainingWanted: null,
      noWishReason: '在校',
    });
    expect(edited).toMatchObject({ id: earlier.id, recordedOn: '2025-02-20', hasWish: false, wishedJob: null });
    const facts = await ok<PersonEmployment>(runtime, 'employment.ofPerson', { personId: p });
    expect(facts.wish).toMatchObject({ id: current.id, wishedJob: '保安' });
    const audited = Number(runtime.db.sqlite.prepare("SELECT COUNT(*) FROM audit_events WHERE entity = 'employment_wish' AND action = 'update' AND entity_key = ?").pluck().get(String(earlier.id)));
    expect(audited).toBe(1);

    // Moved onto the day of the other wish: refused, nothing changes.
    await refused(runtime, 'corrections.editWish', { id: earlier.id, recordedOn: '2026-03-01', hasWish: false, wishedJob: null, wishedWage: null, trainingWanted: null, noWishReason: '在校' }, 'CONFLICT', 'recordedOn');
    await refused(runtime, 'corrections.wish', { id: 999_999 }, 'NOT_FOUND');
  });
});
