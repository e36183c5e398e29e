/**
 * 修改就业经历 (issue #14): the dates, kind, employer and post of a spell entered wrongly — checked as when it was
 * recorded (the person's dates, no overlap with the person's other spells), audited with before and after, and the
 * households' family episodes re-derived, in one transaction.
 */
import type { EditSpellInput } from '../../../shared/contract/corrections';
import type { Spell } from '../../../shared/contract/employment';
import { SPELL_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { rewriteSpell } from '../../../db/repositories/employment/employment-corrections-repo';
import { findSpell, listSpellsOfPerson } from '../../../db/repositories/employment/spells-repo';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { spellsOverlap } from '../employment/spells-service';
import { refreshPersons } from '../population/recompute';
import { checkPersonDate, fieldError, foundById, requirePerson, RuleProblems } from '../registry/person-rules';

const GONE = '找不到该就业记录，可能已被作废，请刷新后重试';

export function editSpell(db: DeskDatabase, ctx: CallerContext, today: string, input: EditSpellInput): Spell {
  return inTransaction(db, () => {
    const before = foundById(findSpell(db, input.id), GONE);
    const person = requirePerson(db, before.personId);
    const problems = new RuleProblems();
    checkPersonDate(problems, person, today, 'startDate', input.startDate, '开始日期', { fromWorkingAge: true });
    if (input.endDate !== null) checkPersonDate(problems, person, today, 'endDate', input.endDate, '结束日期');
    problems.throwIfAny();
    const clash = listSpellsOfPerson(db, person.id).find((s) => s.id !== before.id && spellsOverlap(s, input));
    if (clash) {
      throw fieldError('CONFLICT', 'startDate', `与${person.name}的另一段就业（${SPELL_KIND_LABEL[clash.kind]} ${clash.startDate} 至 ${clash.endDate ?? '今'}）时间重叠，请先更正那一段`);
    }
    const row = foundById(rewriteSpell(db, before.id, { startDate: input.startDate, endDate: input.endDate, kind: input.kind, employerName: input.employerName, post: input.post }), GONE);
    recordAudit(db, { username: ctx.username, action: 'update', entity: 'employment_spell', entityKey: String(row.id), before, after: row });
    refreshPersons(db, [row.personId]);
    return row;
  });
}
