import type { SpellKind } from './employment-labels';

/** The dates, employer and post the spell dialogs (新增就业, 修改就业经历) ask, as the form holds them: blank = not given. */
export interface SpellFormValues {
  startDate: string;
  endDate: string;
  employerName: string;
  post: string;
}

/** The spell's terms as the contract takes them: an open spell has no end date; a blank employer or post is null. */
export function spellTerms(kind: SpellKind, v: SpellFormValues): { kind: SpellKind; startDate: string; endDate: string | null; employerName: string | null; post: string | null } {
  return { kind, startDate: v.startDate, endDate: v.endDate || null, employerName: v.employerName.trim() || null, post: v.post.trim() || null };
}
