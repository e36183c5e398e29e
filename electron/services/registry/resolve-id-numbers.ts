/**
 * A pasted list of 身份证 numbers (one a line, e.g. a column copied from a sign-in sheet) resolved line by line to
 * persons in the register, for a bulk service entry. Each non-blank line gets the person or the reason it names
 * nobody who can be served today: not a valid number, nobody registered under it, archived, or a repeat.
 */
import type { ResolvedIdLine, ResolveIdNumbersInput } from '../../../shared/contract/registry';
import { maskIdNumber, parseIdNumber } from '../../../shared/domain/id-number';
import { findPersonsByIdNumbers } from '../../../db/repositories/registry/persons-repo';
import type { PersonByIdNumber } from '../../../db/repositories/registry/persons-repo';
import type { DeskDatabase } from '../../../db/open-database';

/** An ID-number-looking token inside a longer line (a name or a sequence number copied beside it). */
const ID_TOKEN = /(?<![\dX])(\d{17}[\dX]|\d{15})(?![\dX])/;

interface ParsedLine {
  line: number;
  text: string;
  idNumber: string | null;
  reason: string | null;
}

function parseLine(text: string, line: number, today: string): ParsedLine {
  const whole = text.replace(/\s+/g, '').toUpperCase();
  const token = /^(\d{17}[\dX]|\d{15})$/.test(whole) ? whole : (ID_TOKEN.exec(text.toUpperCase())?.[1] ?? whole);
  const parsed = parseIdNumber(token, today);
  return parsed.ok
    ? { line, text, idNumber: parsed.value.idNumber, reason: null }
    : { line, text, idNumber: null, reason: parsed.reason };
}

type Status = ResolvedIdLine['status'];

function unresolved(p: ParsedLine, status: Status, reason: string | null): ResolvedIdLine {
  return { line: p.line, text: p.text, idNumber: p.idNumber, personId: null, name: null, maskedIdNumber: null, communityName: null, status, reason };
}

function resolved(p: ParsedLine, person: PersonByIdNumber, status: Status, reason: string | null): ResolvedIdLine {
  return {
    line: p.line,
    text: p.text,
    idNumber: p.idNumber,
    personId: person.id,
    name: person.name,
    maskedIdNumber: maskIdNumber(person.idNumber),
    communityName: person.communityName,
    status,
    reason,
  };
}

export function resolveIdNumbers(db: DeskDatabase, input: ResolveIdNumbersInput, today: string): ResolvedIdLine[] {
  const lines = input.idNumbers
    .map((raw, index) => ({ raw: raw.trim(), line: index + 1 }))
    .filter((l) => l.raw !== '')
    .map((l) => parseLine(l.raw, l.line, today));
  const numbers = [...new Set(lines.flatMap((l) => (l.idNumber ? [l.idNumber] : [])))];
  const byNumber = new Map(findPersonsByIdNumbers(db, numbers).map((p) => [p.idNumber, p]));
  const firstLine = new Map<string, number>();
  return lines.map((p) => {
    if (p.idNumber === null) return unresolved(p, 'invalid', p.reason);
    const person = byNumber.get(p.idNumber);
    if (!person) return unresolved(p, 'unknown', '街道内没有登记此身份证号码的人员，请先在“人员与家庭”中登记');
    const earlier = firstLine.get(p.idNumber);
    if (earlier !== undefined) return resolved(p, person, 'duplicate', `与第 ${earlier} 行是同一人（${person.name}），此行不重复登记`);
    firstLine.set(p.idNumber, p.line);
    if (person.archivedOn !== null && person.archivedOn <= today) {
      const why = person.archiveReason ? `（${person.archiveReason}）` : '';
      return resolved(p, person, 'archived', `${person.name}已于 ${person.archivedOn} 迁出${why}，不能再登记服务`);
    }
    return resolved(p, person, 'ok', null);
  });
}
