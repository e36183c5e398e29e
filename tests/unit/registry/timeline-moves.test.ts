import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { PersonDetail, TimelineEntry } from '../../../shared/contract/registry';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { auditRows, household, person, street, value } from './registry-fixture';
import type { Street } from './registry-fixture';

let s: Street;
beforeEach(async () => {
  s = await street();
});
afterEach(() => s.runtime.dispose());

async function move(p: PersonDetail, householdId: number, relation: PersonDetail['relation'], date: string): Promise<PersonDetail> {
  const latest = value<PersonDetail>(await s.runtime.call('persons.get', { id: p.id }));
  return value<PersonDetail>(await s.runtime.call('persons.move', { id: p.id, version: latest.version, householdId, relation, date }));
}

const timelineOf = async (id: number) => value<TimelineEntry[]>(await s.runtime.call('persons.timeline', { id }));

describe('persons.timeline: moves and 迁出', () => {
  it('shows each move with its date, both households and communities, and the 迁出 last', async () => {
    const first = await household(s, '3211020010010001');
    const second = await household(s, '3211020010010002');
    const third = await household(s, '3211020010020001', s.yinhe);
    const p = await person(s, first.id);
    await move(p, second.id, 'head', '2023-04-01');
    await move(p, third.id, 'spouse', '2024-02-15');
    const latest = value<PersonDetail>(await s.runtime.call('persons.get', { id: p.id }));
    value(await s.runtime.call('persons.archive', { id: p.id, version: latest.version, date: '2024-08-31', reason: '迁往外省' }));

    const timeline = await timelineOf(p.id);
    expect(timeline.map((e) => [e.date, e.kind])).toEqual([
      ['2024-08-31', 'archived'],
      ['2024-02-15', 'moved'],
      ['2023-04-01', 'moved'],
    ]);
    expect(timeline[1]).toEqual({
      date: '2024-02-15',
      kind: 'moved',
      title: '迁往另一社区：金山社区 → 银河社区',
      detail: '金山社区 户 3211020010010002 → 银河社区 户 3211020010020001；与户主关系：配偶',
    });
    expect(timeline[2]).toEqual({
      date: '2023-04-01',
      kind: 'moved',
      title: '移户（同一社区）',
      detail: '金山社区 户 3211020010010001 → 金山社区 户 3211020010010002；与户主关系：户主',
    });
    expect(timeline[0]).toMatchObject({ title: '迁出', detail: '迁往外省' });
  });

  it('records both communities in the move’s audit, as they were named on the day', async () => {
    const from = await household(s, '3211020010010001');
    const to = await household(s, '3211020010020001', s.yinhe);
    const p = await person(s, from.id);
    await move(p, to.id, 'head', '2024-05-01');
    const audit = auditRows(s, 'person', String(p.id)).at(-1);
    expect(audit).toMatchObject({
      before: { householdId: from.id, householdNumber: from.number, communityId: s.jinshan, communityName: '金山社区', relation: 'head' },
      after: { householdId: to.id, householdNumber: to.number, communityId: s.yinhe, communityName: '银河社区', relation: 'head', movedOn: '2024-05-01' },
    });
    // A later rename of the community does not rewrite the history.
    value(await s.runtime.call('communities.update', { id: s.yinhe, version: 0, fields: { code: '321102001002', name: '银河新村社区', kind: 'community', contact: null } }));
    expect((await timelineOf(p.id))[0]?.title).toBe('迁往另一社区：金山社区 → 银河社区');
  });

  it('reads a move whose audit names no communities (an import, an upgraded database) with the communities named as now', async () => {
    const from = await household(s, '3211020010010001');
    const to = await household(s, '3211020010020001', s.yinhe);
    const p = await person(s, from.id);
    // The periods alone say it: closed the day before, the new one from the move date (what an import writes).
    s.runtime.db.sqlite.prepare("UPDATE household_memberships SET to_date = '2022-10-09' WHERE person_id = ?").run(p.id);
    s.runtime.db.sqlite
      .prepare("INSERT INTO household_memberships (person_id, household_id, relation, from_date, to_date) VALUES (?, ?, 'other', '2022-10-10', NULL)")
      .run(p.id, to.id);
    // An ordinary edit is not a move.
    recordAudit(s.runtime.db, { username: 'admin', action: 'update', entity: 'person', entityKey: String(p.id), before: { phone: null }, after: { phone: '13800000000' } });
    expect(await timelineOf(p.id)).toEqual([
      {
        date: '2022-10-10',
        kind: 'moved',
        title: '迁往另一社区：金山社区 → 银河社区',
        detail: '金山社区 户 3211020010010001 → 银河社区 户 3211020010020001；与户主关系：其他',
      },
    ]);
  });

  it('shows an arrival from outside the street (a 迁入日期) as 迁入本街道', async () => {
    const to = await household(s, '3211020010010001');
    const p = await person(s, to.id);
    s.runtime.db.sqlite.prepare("UPDATE household_memberships SET from_date = '2021-03-01' WHERE person_id = ?").run(p.id);
    expect(await timelineOf(p.id)).toEqual([
      { date: '2021-03-01', kind: 'moved', title: '迁入本街道', detail: '金山社区 户 3211020010010001；与户主关系：户主' },
    ]);
  });
});
