/**
 * The tables that hold what clerks enter (the standard workbook's promise), and their rows field by field: row ids,
 * timestamps and versions aside, references by what they name (the ids of two databases differ), JSON read as data.
 */
import type { DeskRuntime } from '../../../electron/services/runtime/desk-runtime';

export const CLERK_TABLES = [
  'street',
  'communities',
  'employers',
  'vacancies',
  'households',
  'household_flags',
  'persons',
  'household_memberships',
  'employment_wishes',
  'employment_spells',
  'unemployment_registrations',
  'service_records',
  'difficulty_recognitions',
  'assistance_agreements',
  'assistance_measures',
  'complaints',
];

/**
 * What the workbook leaves to backups and packages (and the derived family episodes, recomputed on import): the
 * frozen annual submissions, the bureau's verdicts and the submissions received travel as exchange packages.
 */
export const NOT_IN_WORKBOOK = [
  'assessments',
  'manual_verdicts',
  'standards',
  'calendar_days',
  'settings',
  'users',
  'audit_events',
  'packages',
  'family_episodes',
  'annual_submissions',
  'bureau_verdicts',
  'received_submissions',
  'worklist_dispositions',
  // 作废: voided records are left out of the export (docs/workbook-v2.md); backups keep them.
  'voided_records',
];

const REFERENCES: Record<string, string> = {
  person_id: '(SELECT id_number FROM persons WHERE id = t.person_id)',
  household_id: '(SELECT number FROM households WHERE id = t.household_id)',
  community_id: '(SELECT code FROM communities WHERE id = t.community_id)',
  paired_community_id: '(SELECT code FROM communities WHERE id = t.paired_community_id)',
  employer_id: '(SELECT name FROM employers WHERE id = t.employer_id)',
  vacancy_id: "(SELECT e.name || '|' || v.title || '|' || v.opened_on FROM vacancies v JOIN employers e ON e.id = v.employer_id WHERE v.id = t.vacancy_id)",
  recognition_id: "(SELECT p.id_number || '|' || r.applied_on FROM difficulty_recognitions r JOIN persons p ON p.id = r.person_id WHERE r.id = t.recognition_id)",
  agreement_id: "(SELECT p.id_number || '|' || a.signed_on FROM assistance_agreements a JOIN persons p ON p.id = a.person_id WHERE a.id = t.agreement_id)",
  service_record_id:
    "(SELECT p.id_number || '|' || s.date || '|' || s.kind || '|' || IFNULL(s.content, '') FROM service_records s JOIN persons p ON p.id = s.person_id WHERE s.id = t.service_record_id)",
};
const SKIPPED = new Set(['id', 'created_at', 'updated_at', 'version']);
const JSON_COLUMNS = new Set(['five_clear', 'platform_checklist']);

/** A stored JSON value as data: an empty or missing note is no note. */
function jsonData(text: unknown): unknown {
  if (typeof text !== 'string') return text;
  const strip = (v: unknown): unknown => {
    if (Array.isArray(v)) return v.map(strip);
    if (v && typeof v === 'object') {
      return Object.fromEntries(Object.entries(v).filter(([k, x]) => !(k === 'note' && (x === null || x === ''))).map(([k, x]) => [k, strip(x)]));
    }
    return v;
  };
  return strip(JSON.parse(text));
}

/** Every row of the table, field by field, in a stable order. */
export function rowsOf(runtime: DeskRuntime, table: string): string[] {
  const columns = (runtime.db.sqlite.prepare(`PRAGMA table_info("${table}")`).all() as { name: string }[]).map((c) => c.name).filter((c) => !SKIPPED.has(c));
  const select = columns.map((c) => `${REFERENCES[c] ?? `t."${c}"`} AS "${c}"`).join(', ');
  return (runtime.db.sqlite.prepare(`SELECT ${select} FROM "${table}" t`).all() as Record<string, unknown>[])
    .map((r) => JSON.stringify(Object.fromEntries(Object.entries(r).map(([k, v]) => [k, JSON_COLUMNS.has(k) ? jsonData(v) : v]))))
    .sort();
}

export function countOf(runtime: DeskRuntime, table: string): number {
  return Number(runtime.db.sqlite.prepare(`SELECT COUNT(*) FROM "${table}"`).pluck().get());
}
