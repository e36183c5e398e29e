import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TimelineEntry } from '../../../shared/contract/registry';
import { failure, household, idOf, person, street, value } from './registry-fixture';
import type { Street } from './registry-fixture';

let s: Street;
beforeEach(async () => {
  s = await street();
});
afterEach(() => s.runtime.dispose());

describe('persons.timeline', () => {
  it('lists spells, registrations, wishes, recognitions, services and 迁出, newest first', async () => {
    const h = await household(s, '3211020010010001');
    const p = await person(s, h.id, { idNumber: idOf('1970-05-01', 111) });
    const call = async (method: Parameters<Street['runtime']['call']>[0], input: unknown) => value(await s.runtime.call(method, input as never));
    const reg = await call('registrations.register', { personId: p.id, registeredOn: '2023-02-01', reason: 'laid_off' });
    await call('wishes.record', { personId: p.id, recordedOn: '2023-02-01', hasWish: true, wishedJob: '保安' });
    await call('services.record', { subject: { personId: p.id }, date: '2023-02-03', kind: 'guidance', clerk: '李明', content: '职业指导一次' });
    await call('recognitions.apply', {
      personId: p.id,
      category: '4050',
      appliedOn: '2023-02-10',
      especiallyDifficult: false,
      fiveClear: {
        skills: { clear: true },
        jobWish: { clear: true },
        family: { clear: true },
        employment: { clear: true },
        policies: { clear: true },
      },
    });
    await call('spells.add', { personId: p.id, startDate: '2023-03-01', endDate: '2023-09-30', kind: 'unit', employerName: '江滨物业' });
    await call('registrations.cancel', { id: (reg as { id: number }).id, cancelledOn: '2023-03-01', cancelReason: '已就业' });
    const latest = value<{ version: number }>(await s.runtime.call('persons.get', { id: p.id }));
    await call('persons.archive', { id: p.id, version: latest.version, date: '2024-01-15', reason: '迁往外省' });

    const timeline = value<TimelineEntry[]>(await s.runtime.call('persons.timeline', { id: p.id }));
    expect(timeline.map((e) => [e.date, e.kind])).toEqual([
      ['2024-01-15', 'archived'],
      ['2023-09-30', 'spell_end'],
      ['2023-03-01', 'registration_cancelled'],
      ['2023-03-01', 'spell_start'],
      ['2023-02-10', 'recognition_applied'],
      ['2023-02-03', 'service'],
      ['2023-02-01', 'wish'],
      ['2023-02-01', 'registered'],
    ]);
    expect(timeline[0]).toMatchObject({ title: '迁出', detail: '迁往外省' });
    expect(timeline.find((e) => e.kind === 'spell_start')).toMatchObject({ title: '开始就业（单位就业）', detail: '江滨物业' });
    expect(timeline.find((e) => e.kind === 'registered')).toMatchObject({ title: '失业登记', detail: '原因：下岗' });
    expect(timeline.find((e) => e.kind === 'service')).toMatchObject({ title: '职业指导' });
    expect(timeline.find((e) => e.kind === 'service')?.detail).toContain('经办人：李明');
    expect(timeline.find((e) => e.kind === 'recognition_applied')?.title).toContain('4050');
  });

  it('is empty for a person with no history, and NOT_FOUND for an unknown id', async () => {
    const h = await household(s, '3211020010010001');
    const p = await person(s, h.id);
    expect(value(await s.runtime.call('persons.timeline', { id: p.id }))).toEqual([]);
    failure(await s.runtime.call('persons.timeline', { id: 999_999 }), 'NOT_FOUND');
  });
});
