import type { VacancyMatch } from '../../../shared/contract/employers';
import { maskIdNumber } from '../../../shared/domain/id-number';
import { findVacancy } from '../../../db/repositories/employers/vacancies-repo';
import { listMatchCandidates } from '../../../db/repositories/employment/job-seekers-repo';
import type { DeskDatabase } from '../../../db/open-database';
import { fieldError } from '../registry/person-rules';

const SEPARATORS = /[\s,，、;；/|｜()（）.。:：+＋]+/u;

/** The words of a vacancy's title and skills: split at punctuation and spaces, duplicates dropped. */
export function vacancyWords(title: string, skills: string | null): string[] {
  const words = `${title} ${skills ?? ''}`.split(SEPARATORS).map((w) => w.trim().toLowerCase());
  return [...new Set(words.filter((w) => w.length > 0))];
}

/**
 * How well a person's wished job and skills fit the words: 3 points for each word contained whole, otherwise 1
 * for each two-character piece of it contained (保洁员 fits a wished 保洁). Returns the words that scored.
 */
export function matchScore(words: readonly string[], text: string): { score: number; matched: string[] } {
  const haystack = text.toLowerCase();
  let score = 0;
  const matched: string[] = [];
  for (const word of words) {
    if (haystack.includes(word)) {
      score += 3;
      matched.push(word);
      continue;
    }
    let pieces = 0;
    for (let i = 0; i + 2 <= word.length; i += 1) if (haystack.includes(word.slice(i, i + 2))) pieces += 1;
    if (pieces > 0) {
      score += pieces;
      matched.push(word);
    }
  }
  return { score, matched };
}

export function matchVacancy(db: DeskDatabase, today: string, vacancyId: number, limit: number): VacancyMatch[] {
  const vacancy = findVacancy(db, vacancyId);
  if (!vacancy) throw fieldError('NOT_FOUND', 'vacancyId', '找不到该岗位，请刷新后重试');
  const words = vacancyWords(vacancy.title, vacancy.skills);
  const matches: VacancyMatch[] = [];
  for (const c of listMatchCandidates(db, today)) {
    const { score, matched } = matchScore(words, `${c.wishedJob ?? ''} ${c.skills ?? ''}`);
    if (score === 0) continue;
    matches.push({
      personId: c.personId,
      name: c.name,
      idNumberMasked: maskIdNumber(c.idNumber),
      gender: c.gender,
      communityName: c.communityName,
      wishedJob: c.wishedJob,
      skills: c.skills,
      registered: c.registered,
      score,
      matchedWords: matched,
    });
  }
  matches.sort((a, b) => b.score - a.score || Number(b.registered) - Number(a.registered) || a.personId - b.personId);
  return matches.slice(0, limit);
}
