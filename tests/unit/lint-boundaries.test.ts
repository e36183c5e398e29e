/**
 * Proves the import-direction and style rules of eslint.config.js by linting small snippets as if they lived in
 * each folder (the files need not exist: the path only selects the configuration).
 */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: ROOT });
});

interface Finding {
  ruleId: string | null;
  message: string;
}

/**
 * The problems ESLint reports for `code` placed at `relativePath` (warnings too: the project allows none, and an
 * ignored path would show up as one); a parse failure fails the test.
 */
async function lint(relativePath: string, code: string): Promise<Finding[]> {
  const [result] = await eslint.lintText(code, { filePath: join(ROOT, relativePath) });
  if (!result) throw new Error('no lint result');
  const fatal = result.messages.find((m) => m.fatal);
  if (fatal) throw new Error(`${relativePath} did not parse: ${fatal.message}`);
  return result.messages.map((m) => ({ ruleId: m.ruleId, message: m.message }));
}

async function rulesBroken(relativePath: string, code: string): Promise<(string | null)[]> {
  return (await lint(relativePath, code)).map((f) => f.ruleId);
}

/** An import whose binding is used, so that only the import rule can complain. */
function importing(specifier: string): string {
  return `import * as imported from '${specifier}';\nexport const used = imported;\n`;
}

describe('renderer/ depends only on shared/ and the browser', () => {
  const file = 'renderer/pages/fake/FakePage.tsx';

  it.each(['../../../db/schema', '../../db/schema', 'electron', 'better-sqlite3', 'drizzle-orm', 'drizzle-orm/sqlite-core', 'node:fs', 'fs', 'node:path', 'child_process', '../../../electron/services/dispatch'])(
    'importing %s is an error',
    async (specifier) => {
      const findings = await lint(file, importing(specifier));
      expect(findings.map((f) => f.ruleId)).toContain('no-restricted-imports');
      expect(findings.find((f) => f.ruleId === 'no-restricted-imports')?.message).toMatch(/renderer/);
    },
  );

  it.each(['../../../shared/contract', 'react', '@mantine/core', 'dayjs'])('importing %s is allowed', async (specifier) => {
    expect(await lint(file, importing(specifier))).toEqual([]);
  });

  it('calling fetch outside renderer/lib/api.ts is an error', async () => {
    expect(await rulesBroken(file, "export const load = () => fetch('./api/x');\n")).toContain('no-restricted-globals');
    expect(await rulesBroken('renderer/lib/other.ts', "export const load = () => fetch('./api/x');\n")).toContain('no-restricted-globals');
  });

  it('reading window.desk outside renderer/lib/api.ts is an error', async () => {
    expect(await rulesBroken(file, 'export const bridge = () => window.desk;\n')).toContain('no-restricted-properties');
  });

  it('renderer/lib/api.ts may use fetch and window.desk', async () => {
    const code = "export const load = () => fetch('./api/x');\nexport const bridge = () => window.desk;\n";
    expect(await lint('renderer/lib/api.ts', code)).toEqual([]);
  });
});

describe('shared/ is pure rules and contracts', () => {
  it.each(['../electron/x', '../../electron/services/dispatch', '../db/schema', '../renderer/lib/api', 'react', 'react-dom', '@mantine/core', 'electron', 'better-sqlite3', 'node:fs', 'path'])(
    'importing %s is an error',
    async (specifier) => {
      expect(await rulesBroken('shared/domain/fake.ts', importing(specifier))).toContain('no-restricted-imports');
    },
  );

  it.each(['zod', './dates', '../result'])('importing %s is allowed', async (specifier) => {
    expect(await lint('shared/domain/fake.ts', importing(specifier))).toEqual([]);
  });
});

describe('electron/: only main and preload touch Electron; SQL stays in db/', () => {
  it.each(['electron', 'drizzle-orm', 'drizzle-orm/better-sqlite3', 'better-sqlite3', 'react', '../../renderer/lib/api'])(
    'electron/services importing %s is an error',
    async (specifier) => {
      expect(await rulesBroken('electron/services/fake/fake-service.ts', importing(specifier))).toContain('no-restricted-imports');
    },
  );

  it.each(['electron/bridge/fake.ts', 'electron/ipc/fake.ts', 'electron/cli/fake.ts'])('%s may not import electron either', async (path) => {
    expect(await rulesBroken(path, importing('electron'))).toContain('no-restricted-imports');
  });

  it.each(['../../db/open-database', '../../shared/contract', 'node:fs', 'zod'])('electron/services importing %s is allowed', async (specifier) => {
    expect(await lint('electron/services/fake/fake-service.ts', importing(specifier))).toEqual([]);
  });

  it.each(['electron/main/fake.ts', 'electron/preload/fake.ts'])('%s may import electron', async (path) => {
    expect(await lint(path, "import { app } from 'electron';\nexport const used = app;\n")).toEqual([]);
  });

  it.each(['better-sqlite3', 'drizzle-orm', 'react', '../../renderer/app/App'])('electron/main importing %s is an error', async (specifier) => {
    expect(await rulesBroken('electron/main/fake.ts', importing(specifier))).toContain('no-restricted-imports');
  });
});

describe('electron/cli/: a door like IPC and HTTP, through dispatch only', () => {
  it.each(['../../../db/repositories/system/maintenance-repo', '../../services/assessment/run-assessment', '../../services/workbook/export-workbook', 'better-sqlite3'])(
    'a command importing %s is an error',
    async (specifier) => {
      expect(await rulesBroken('electron/cli/commands/fake-command.ts', importing(specifier))).toContain('no-restricted-imports');
    },
  );

  it.each(['../cli-api', '../../services/runtime/desk-runtime', '../../services/offline-handlers', '../../../shared/contract/system', '../../../db/open-database'])(
    'a command importing %s is allowed',
    async (specifier) => {
      expect(await lint('electron/cli/commands/fake-command.ts', importing(specifier))).toEqual([]);
    },
  );
});

describe('db/ does not depend on electron or renderer', () => {
  it.each(['../electron/x', '../../electron/services/context', '../renderer/lib/api', 'electron', 'react'])('importing %s is an error', async (specifier) => {
    expect(await rulesBroken('db/repositories/fake-repo.ts', importing(specifier))).toContain('no-restricted-imports');
  });

  it.each(['better-sqlite3', 'drizzle-orm', '../schema', '../../shared/result', 'node:fs'])('importing %s is allowed', async (specifier) => {
    expect(await lint('db/repositories/fake-repo.ts', importing(specifier))).toEqual([]);
  });
});

describe('tests and scripts never load electron', () => {
  it.each(['tests/unit/fake.test.ts', 'scripts/fake.ts', 'tests/bench/cases/fake.ts'])('%s importing electron is an error', async (path) => {
    expect(await rulesBroken(path, importing('electron'))).toContain('no-restricted-imports');
  });
});

describe('style rules everywhere', () => {
  it.each(['electron/services/fake.ts', 'shared/fake.ts', 'db/fake.ts', 'renderer/Fake.tsx', 'tests/unit/fake.ts', 'scripts/fake.ts', 'electron/main/fake.ts'])(
    '`export default` in %s is an error',
    async (path) => {
      const findings = await lint(path, 'export default function f(): number {\n  return 1;\n}\n');
      expect(findings.map((f) => f.ruleId)).toContain('no-restricted-syntax');
      expect(findings.find((f) => f.ruleId === 'no-restricted-syntax')?.message).toContain('默认导出');
    },
  );

  it.each(['vite.config.ts', 'vitest.config.ts', 'playwright.config.ts'])('`export default` in %s (a tool config) is allowed', async (path) => {
    expect(await lint(path, 'export default { a: 1 };\n')).toEqual([]);
  });

  it.each(['electron/services/fake.ts', 'shared/fake.ts', 'renderer/Fake.tsx', 'tests/unit/fake.ts'])('`any` in %s is an error', async (path) => {
    expect(await rulesBroken(path, 'export let x: any = 1;\nx = 2;\n')).toContain('@typescript-eslint/no-explicit-any');
    expect(await rulesBroken(path, 'export const f = (v: unknown) => v as any;\n')).toContain('@typescript-eslint/no-explicit-any');
  });

  it('type-only imports must be written as such', async () => {
    const code = "import { DeskDatabase } from '../../db/open-database';\nexport const f = (db: DeskDatabase) => db.path;\n";
    expect(await rulesBroken('electron/services/fake.ts', code)).toContain('@typescript-eslint/consistent-type-imports');
  });
});
