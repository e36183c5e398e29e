import type { AddSpellInput, CloseSpellInput, Spell } from '../../../shared/contract/employment';
import { SPELL_KIND_LABEL } from '../../../shared/domain/workbook/vocabulary';
import { findEmployer } from '../../../db/repositories/employers/employers-repo';
import { findSpell, insertSpell, listSpellsOfPerson, setSpellEnd } from '../../../db/repositories/employment/spells-repo';
import type { SpellRow } from '../../../db/repositories/employment/spells-repo';
import { inTransaction } from '../../../db/transaction';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';
import { personRecordWritten } from './person-record-written';
import { checkPersonDate, fieldError, foundById, personForNewRecord, requirePerson, RuleProblems } from '../registry/person-rules';

const OPEN_END = '9999-12-31';

/** Both ends inclusive; an open end runs for ever. */
export function spellsOverlap(a: Pick<SpellRow, 'startDate' | 'endDate'>, b: Pick<SpellRow, 'startDate' | 'endDate'>): boolean {
  return a.startDate <= (b.endDate ?? OPEN_END) && b.startDate <= (a.endDate ?? OPEN_END);
}

/** A spell as the clerk knows it: its kind and dates. */
export function describeSpell(spell: Pick<SpellRow, 'kind' | 'startDate' | 'endDate'>): string {
  return `${SPELL_KIND_LABEL[spell.kind]} ${spell.startDate} 至 ${spell.endDate ?? '今'}`;
}

function checkNoOverlap(db: DeskDatabase, personId: number, candidate: Pick<SpellRow, 'startDate' | 'endDate'>, selfId: number | null): void {
  const clash = listSpellsOfPerson(db, personId).find((s) => s.id !== selfId && spellsOverlap(s, candidate));
  if (clash) {
    throw fieldError('CONFLICT', 'startDate', `与已有的就业记录（${describeSpell(clash)}）时间重叠；一个人同一天只能有一段就业记录`);
  }
}

export function addSpell(db: DeskDatabase, ctx: CallerContext, today: string, input: AddSpellInput): Spell {
  return inTransaction(db, () => {
    const { person, problems } = personForNewRecord(db, today, input.personId, { path: 'startDate', value: input.startDate, label: '开始日期' }, { fromWorkingAge: true });
    if (input.endDate !== null) {
      checkPersonDate(problems, person, today, 'endDate', input.endDate, '结束日期');
      if (input.endDate < input.startDate) problems.add('endDate', '结束日期不能早于开始日期');
    }
    let employerName = input.employerName ?? null;
    const employerId = input.employerId ?? null;
    if (employerId !== null) {
      const employer = findEmployer(db, employerId);
      if (!employer) problems.add('employerId', '找不到该用人单位');
      else employerName ??= employer.name;
    }
    problems.throwIfAny();
    checkNoOverlap(db, person.id, input, null);
    const row = insertSpell(db, {
      personId: person.id,
      startDate: input.startDate,
      endDate: input.endDate,
      kind: input.kind,
      employerName,
      employerId,
      post: input.post ?? null,
      contractSigned: input.contractSigned ?? null,
      socialInsurancePaid: input.socialInsurancePaid ?? null,
    });
    return personRecordWritten(db, ctx, 'employment_spell', row);
  });
}

export function closeSpell(db: DeskDatabase, ctx: CallerContext, today: string, input: CloseSpellInput): Spell {
  return inTransaction(db, () => {
    const before = foundById(findSpell(db, input.id), '找不到该就业记录，可能已被他人修改，请刷新后重试');
    if (before.endDate !== null) {
      throw fieldError('CONFLICT', 'endDate', `该段就业已于 ${before.endDate} 结束，不能再次结束`);
    }
    const person = requirePerson(db, before.personId);
    const problems = new RuleProblems();
    checkPersonDate(problems, person, today, 'endDate', input.endDate, '结束日期');
    if (input.endDate < before.startDate) problems.add('endDate', `结束日期不能早于开始日期（${before.startDate}）`);
    problems.throwIfAny();
    checkNoOverlap(db, person.id, { startDate: before.startDate, endDate: input.endDate }, before.id);
    return personRecordWritten(db, ctx, 'employment_spell', setSpellEnd(db, before.id, input.endDate), before);
  });
}
