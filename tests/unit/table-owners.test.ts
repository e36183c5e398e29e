/**
 * One owner per table (README §Layout): every table of db/schema.ts belongs to exactly one repository folder under
 * db/repositories/, and only that folder names it in SQL (FROM, JOIN, INTO, UPDATE) or imports its drizzle table.
 * Other domains reach it through the owner's functions — including the SQL fragments it exports
 * (`joinPersonSql`, `householdOnSql`, `employedOnSql`, `wishInForceSql`, …) for reads that must stay one statement.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const REPOSITORIES = join(ROOT, 'db', 'repositories');

/** Table → the folder of db/repositories that owns it. */
const OWNERS: Readonly<Record<string, string>> = {
  street: 'system',
  settings: 'system',
  users: 'system',
  audit_events: 'system',
  packages: 'system',
  calendar_days: 'calendar',
  communities: 'communities',
  households: 'registry',
  household_flags: 'registry',
  household_memberships: 'registry',
  persons: 'registry',
  family_episodes: 'population',
  employers: 'employers',
  vacancies: 'employers',
  employment_spells: 'employment',
  unemployment_registrations: 'employment',
  employment_wishes: 'employment',
  service_records: 'services',
  difficulty_recognitions: 'recognitions',
  assistance_agreements: 'recognitions',
  assistance_measures: 'recognitions',
  complaints: 'complaints',
  standards: 'assessment',
  assessments: 'assessment',
  manual_verdicts: 'assessment',
  annual_submissions: 'packages',
  bureau_verdicts: 'packages',
  received_submissions: 'packages',
  worklist_dispositions: 'worklist',
  voided_records: 'corrections',
};

/** The schema's tables: SQL name → drizzle export name. */
function schemaTables(): Map<string, string> {
  const schema = readFileSync(join(ROOT, 'db', 'schema.ts'), 'utf8');
  return new Map([...schema.matchAll(/export const (\w+) = sqliteTable\(\s*'(\w+)'/g)].map((m) => [m[2] ?? '', m[1] ?? '']));
}

/** Every repository source file, as [path relative to db/repositories, owning folder or '' at the root, text]. */
function repositoryFiles(): [string, string, string][] {
  return readdirSync(REPOSITORIES, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => [file, file.includes(sep) ? (file.split(sep)[0] ?? '') : '', readFileSync(join(REPOSITORIES, file), 'utf8')]);
}

describe('one owner per table', () => {
  it('names an owner folder for every table of the schema, and no other table', () => {
    const tables = schemaTables();
    expect(tables.size).toBeGreaterThan(20);
    expect(Object.keys(OWNERS).sort()).toEqual([...tables.keys()].sort());
    const folders = new Set(readdirSync(REPOSITORIES, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name));
    for (const owner of new Set(Object.values(OWNERS))) expect(folders, owner).toContain(owner);
  });

  it('lets only the owner folder name a table in SQL', () => {
    const strays: string[] = [];
    for (const [file, folder, text] of repositoryFiles()) {
      for (const [table, owner] of Object.entries(OWNERS)) {
        if (owner === folder) continue;
        for (const m of text.matchAll(new RegExp(`\\b(FROM|JOIN|INTO|UPDATE|TABLE)\\s+${table}\\b`, 'g'))) strays.push(`${file}: ${m[0]}`);
      }
    }
    expect(strays).toEqual([]);
  });

  it('lets only the owner folder import a table from db/schema.ts', () => {
    const tables = schemaTables();
    const ownerOf = new Map([...tables].map(([sql, js]) => [js, OWNERS[sql]]));
    const strays: string[] = [];
    for (const [file, folder, text] of repositoryFiles()) {
      for (const m of text.matchAll(/import \{([^}]*)\} from '(?:\.\.\/)+schema'/g)) {
        for (const name of (m[1] ?? '').split(',').map((n) => n.trim()).filter(Boolean)) {
          if (ownerOf.has(name) && ownerOf.get(name) !== folder) strays.push(`${file}: ${name}`);
        }
      }
    }
    expect(strays).toEqual([]);
  });

  it('finds what it looks for (a stray statement would be caught)', () => {
    const text = "db.sqlite.prepare('SELECT p.name FROM persons p JOIN households h ON h.id = p.household_id')";
    const found = Object.keys(OWNERS).filter((table) => new RegExp(`\\b(FROM|JOIN|INTO|UPDATE|TABLE)\\s+${table}\\b`).test(text));
    expect(found.sort()).toEqual(['households', 'persons']);
  });
});
