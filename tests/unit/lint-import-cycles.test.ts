/**
 * Proves eslint/rules/no-import-cycles.js: crafted loops in a scratch folder are reported once, at the import that
 * closes them (files, type-only imports included, and folders of a services tree); straight lines are not; and the
 * project's configuration applies the rule to electron/, db/ and shared/.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterEach, describe, expect, it } from 'vitest';
import { localPlugin } from '../../eslint/rules/no-import-cycles.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const scratch: string[] = [];

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

/** A scratch project: `files` written below a fresh folder. */
function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'desk-cycles-'));
  scratch.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

interface Finding {
  file: string;
  line: number;
  message: string;
}

/** Every report of the rule over the scratch project, files relative to it. */
async function findings(dir: string, options: Record<string, unknown> = {}): Promise<Finding[]> {
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tseslint.parser },
        plugins: { desk: localPlugin },
        rules: { 'desk/no-import-cycles': ['error', { roots: ['src'], ...options }] },
      },
    ],
  });
  const results = await eslint.lintFiles(['src/**/*.ts']);
  return results
    .flatMap((r) => r.messages.map((m) => ({ file: r.filePath.slice(dir.length + 1), line: m.line, message: m.message, fatal: m.fatal })))
    .map(({ fatal, ...f }) => {
      if (fatal) throw new Error(`${f.file}: ${f.message}`);
      return f;
    });
}

describe('no-import-cycles: files', () => {
  it('reports a loop of two files once, at the import that leads back into the first file', async () => {
    const dir = project({
      'src/a.ts': "import { b } from './b';\nexport const a = (): number => b() + 1;\n",
      'src/b.ts': "import { a } from './a';\nexport const b = (): number => 1;\nexport const c = (): number => a();\n",
    });
    const found = await findings(dir);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ file: 'src/b.ts', line: 1 });
    expect(found[0]?.message).toContain('src/a.ts → src/b.ts → src/a.ts');
  });

  it('reports a longer loop through folders once, naming every file', async () => {
    const dir = project({
      'src/x/one.ts': "import { two } from '../y/two';\nexport const one = (): number => two();\n",
      'src/y/two.ts': "import { three } from '../z/three';\nexport const two = (): number => three();\n",
      'src/z/three.ts': "import { one } from '../x/one';\nexport const three = (): number => 3;\nexport const back = (): number => one();\n",
    });
    const found = await findings(dir);
    expect(found).toHaveLength(1);
    expect(found[0]?.file).toBe('src/z/three.ts');
    expect(found[0]?.message).toContain('src/x/one.ts → src/y/two.ts → src/z/three.ts → src/x/one.ts');
  });

  it('counts type-only imports unless told to ignore them', async () => {
    const dir = project({
      'src/db.ts': "import { counters } from './memo';\nexport interface Db { n: number }\nexport const open = (): number => counters();\n",
      'src/memo.ts': "import type { Db } from './db';\nexport const counters = (): number => 0;\nexport const read = (db: Db): number => db.n;\n",
    });
    expect((await findings(dir)).map((f) => f.file)).toEqual(['src/memo.ts']);
    expect(await findings(dir, { ignoreTypeImports: true })).toEqual([]);
  });

  it('is quiet about a straight line and a shared leaf', async () => {
    const dir = project({
      'src/a.ts': "import { b } from './b';\nimport { leaf } from './leaf';\nexport const a = (): number => b() + leaf;\n",
      'src/b.ts': "import { leaf } from './leaf';\nexport const b = (): number => leaf;\n",
      'src/leaf.ts': 'export const leaf = 1;\n',
    });
    expect(await findings(dir)).toEqual([]);
  });
});

describe('no-import-cycles: service folders', () => {
  it('reports folders that reach each other although no file loop exists', async () => {
    const dir = project({
      'src/services/alpha/uses-beta.ts': "import { beta } from '../beta/beta';\nexport const alpha = (): number => beta();\n",
      'src/services/alpha/alpha-rule.ts': 'export const rule = 1;\n',
      'src/services/beta/beta.ts': 'export const beta = (): number => 2;\n',
      'src/services/beta/uses-alpha.ts': "import { rule } from '../alpha/alpha-rule';\nexport const again = (): number => rule;\n",
    });
    const found = await findings(dir, { folders: ['src/services'] });
    expect(found).toHaveLength(1);
    expect(found[0]?.file).toBe('src/services/beta/uses-alpha.ts');
    expect(found[0]?.message).toContain('src/services/alpha → src/services/beta → src/services/alpha');
  });

  it('is quiet when the folders depend one way', async () => {
    const dir = project({
      'src/services/alpha/uses-beta.ts': "import { beta } from '../beta/beta';\nexport const alpha = (): number => beta();\n",
      'src/services/beta/beta.ts': "import { top } from '../top';\nexport const beta = (): number => top;\n",
      'src/services/top.ts': 'export const top = 1;\n',
    });
    expect(await findings(dir, { folders: ['src/services'] })).toEqual([]);
  });
});

describe('the project configuration', () => {
  it.each(['electron/services/fake/fake.ts', 'db/repositories/fake.ts', 'shared/domain/fake.ts'])('checks %s for loops', async (path) => {
    const config = (await new ESLint({ cwd: ROOT }).calculateConfigForFile(join(ROOT, path))) as { rules: Record<string, unknown> };
    expect(config.rules['desk/no-import-cycles']).toEqual([2, { roots: ['electron', 'db', 'shared'], folders: ['electron/services'] }]);
  });
});
