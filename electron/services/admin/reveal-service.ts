/** 显示: the full ID or phone number of a person, for the users allowed (authorize: `reveal`), every time audited. */
import { AppError } from '../../../shared/app-error';
import { findPerson } from '../../../db/repositories/registry/persons-repo';
import { recordAudit } from '../../../db/repositories/system/audit-repo';
import type { DeskDatabase } from '../../../db/open-database';
import type { CallerContext } from '../context';

export function revealPersonField(db: DeskDatabase, ctx: CallerContext, input: { personId: number; field: 'idNumber' | 'phone' }): { value: string | null } {
  const person = findPerson(db, input.personId);
  if (!person) throw new AppError('NOT_FOUND', '找不到该人员');
  // The value itself is never written into the trail: only who saw which field of whom, and when.
  recordAudit(db, { username: ctx.username, action: 'reveal', entity: 'person', entityKey: String(person.id), after: { field: input.field, personId: person.id, name: person.name } });
  return { value: input.field === 'idNumber' ? person.idNumber : person.phone };
}
