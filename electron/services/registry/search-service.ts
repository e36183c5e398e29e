/**
 * Person search as the user types (搜索): name prefix or part, pinyin initials prefix (张伟 → zw), full or mixed
 * pinyin (zhang, liangqizhi, zhangw: shared/domain/pinyin-match.ts), and for digits (four or more) part of the ID
 * number or phone, the matching digits marked for highlighting. Exact matches first, then prefixes, then parts; people still
 * registered before those who moved away. ID numbers are masked in the results.
 */
import type { PersonHit, SearchPersonsInput } from '../../../shared/contract/registry';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { ageOn } from '../../../shared/domain/population/working-age';
import { initialsFor, pinyinPrefixMatch } from '../../../shared/domain/pinyin-match';
import { candidatesByIds, idsByIdNumberInside, idsByNameInside, idsByPhoneInside, idsByPrefix, namesByInitialsPrefix } from '../../../db/repositories/registry/person-search-repo';
import type { SearchCandidate } from '../../../db/repositories/registry/person-search-repo';
import type { DeskDatabase } from '../../../db/open-database';

/** Digits typed into the box are looked up in ID numbers and phones only from this length on. */
export const MIN_DIGITS = 4;

/** The longest run of digits a phone number can hold (PHONE_PATTERN: 11 for a mobile, 4 + 8 for a landline without its dash). */
const MAX_PHONE_RUN = 12;
const ID_NUMBER_LENGTH = 18;

const DIGITS = /^\d+X?$/;
const LATIN = /^[a-z]+$/;

/** Rows a full-pinyin search reads at most (a broad "z…" on a big street): it stops there with what it has. */
const PINYIN_SCAN_BUDGET = 30_000;

/** Persons whose name the typed pinyin stands for, read along the initials index (initialsFor), up to `limit`. */
function idsByPinyin(db: DeskDatabase, lower: string, ids: Set<number>, limit: number): void {
  let budget = PINYIN_SCAN_BUDGET;
  for (const initials of initialsFor(lower)) {
    if (initials === lower) continue; // read by the initials prefix already
    for (const row of namesByInitialsPrefix(db, initials)) {
      budget -= 1;
      if (!ids.has(row.id) && pinyinPrefixMatch(row.name, lower) > 0) ids.add(row.id);
      if (ids.size >= limit || budget <= 0) break;
    }
    if (ids.size >= limit || budget <= 0) return;
  }
}

function collectIds(db: DeskDatabase, q: string, limit: number): number[] {
  const ids = new Set<number>();
  const add = (found: readonly number[]) => found.forEach((id) => ids.add(id));
  const upper = q.toUpperCase();
  if (DIGITS.test(upper)) {
    if (q.length < MIN_DIGITS) return [];
    // Prefixes first (index ranges), then the scans for the digits inside a number, each only while the list is short.
    const phoneDigits = /^\d+$/.test(q) && q.length <= MAX_PHONE_RUN;
    add(idsByPrefix(db, 'id_number', upper, limit));
    if (phoneDigits && ids.size < limit) add(idsByPrefix(db, 'phone', q, limit));
    if (q.length < ID_NUMBER_LENGTH && ids.size < limit) add(idsByIdNumberInside(db, upper, limit));
    if (phoneDigits && ids.size < limit) add(idsByPhoneInside(db, q, limit));
    return [...ids];
  }
  add(idsByPrefix(db, 'name', q, limit));
  const lower = q.toLowerCase();
  if (LATIN.test(lower)) {
    add(idsByPrefix(db, 'name_initials', lower, limit));
    if (ids.size < limit) idsByPinyin(db, lower, ids, limit);
  }
  if (ids.size < limit) add(idsByNameInside(db, q, limit));
  return [...ids];
}

/** 0 exact, 1 prefix, 2 contains. */
function rank(c: SearchCandidate, q: string): number {
  const lower = q.toLowerCase();
  const upper = q.toUpperCase();
  if (c.name === q || c.nameInitials === lower || c.idNumber === upper || c.phone === q) return 0;
  if (c.name.startsWith(q) || c.nameInitials.startsWith(lower) || c.idNumber.startsWith(upper) || c.phone?.startsWith(q)) return 1;
  if (LATIN.test(lower) && pinyinPrefixMatch(c.name, lower) > 0) return pinyinPrefixMatch(c.name, lower) === Array.from(c.name).length ? 0 : 1;
  return 2;
}

const collator = new Intl.Collator('zh-Hans-CN');

/** Where the typed digits stand in the ID number (to highlight them in the masked number), or null. */
function idMatchOf(idNumber: string, q: string): { start: number; length: number } | null {
  const upper = q.toUpperCase();
  if (!DIGITS.test(upper) || upper.length < MIN_DIGITS) return null;
  const start = idNumber.indexOf(upper);
  return start < 0 ? null : { start, length: upper.length };
}

export function searchPersons(db: DeskDatabase, input: SearchPersonsInput, today: string): PersonHit[] {
  const q = input.q.trim();
  if (q === '') return [];
  const ranked = candidatesByIds(db, collectIds(db, q, input.limit)).map((c) => ({ c, rank: rank(c, q), archived: c.archivedOn !== null }));
  ranked.sort(
    (a, b) =>
      a.rank - b.rank || Number(a.archived) - Number(b.archived) || collator.compare(a.c.name, b.c.name) || a.c.id - b.c.id,
  );
  return ranked.slice(0, input.limit).map(({ c, archived }) => ({
    id: c.id,
    name: c.name,
    gender: c.gender,
    age: ageOn(c.birthDate, today),
    maskedIdNumber: maskIdNumber(c.idNumber),
    idMatch: idMatchOf(c.idNumber, q),
    householdNumber: c.householdNumber,
    communityName: c.communityName,
    archived,
  }));
}
