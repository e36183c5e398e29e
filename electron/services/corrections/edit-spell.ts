/**
 * 修改就业经历 (issue #14): the dates, kind, employer and post of a spell entered wrongly — checked as when it was
 * recorded (the person's dates, no overlap with the person's other spells), audited with before and after, and the
 * households' family episodes re-derived, in one transaction.
 */
import type { EditSpellInput } from '../../../shared/contract/corrections';
import type { Spell } from '../../../shared/contract/employment';
import { rewriteSpell } from '../../../db/repositories/employment/employment-corrections-repo';
import { findSpell, listSpellsOfPerson } from '../../../db/repositories/employment/spells-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { personRecordWritten } from '../employment/person-record-written';
import { describeSpell, spellsOverlap } from '../employment/spells-service';
import { fieldError, foundById, personForCorrection } from '../registry/person-rules';

const GONE = '找不到该就业记录，可能已被作废，请刷新后重试';

export function editSpell(db: DeskDatabase, ctx: CallerContext, today: string, input: EditSpellInput): Spell {
  return inTransaction(db, () => {
    const before = foundById(findSpell(db, input.id), GONE);
    const start = { path: 'startDate', value: input.startDate, label: '开始日期' };
    const { person, problems } = personForCorrection(db, today, before.personId, start, { path: 'endDate', value: input.endDate, label: '结束日期' });
    problems.throwIfAny();
    const clash = listSpellsOfPerson(db, person.id).find((s) => s.id !== before.id && spellsOverlap(s, input));
    if (clash) {
      throw fieldError('CONFLICT', 'startDate', `与${person.name}的另一段就业（${describeSpell(clash)}）时间重叠，请先更正那一段`);
    }
    const row = foundById(rewriteSpell(db, before.id, { startDate: input.startDate, endDate: input.endDate, kind: input.kind, employerName: input.employerName, post: input.post }), GONE);
    return personRecordWritten(db, ctx, 'employment_spell', row, before);
  });
}
