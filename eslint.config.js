// Lint: TypeScript rules, no `any`, no default exports, and the import direction
// renderer → shared ← electron → db (electron imported only by electron/main and electron/preload; SQL only in db/),
// and no import loops in electron/, db/, shared/ nor between the folders of electron/services (eslint/rules/); the CLI
// reaches the services only through dispatch, as IPC and HTTP do.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { localPlugin } from './eslint/rules/no-import-cycles.js';

const NODE_BUILTINS = ['node:.*', 'fs', 'path', 'os', 'child_process', 'crypto', 'http', 'net', 'url', 'util', 'stream', 'zlib'];
const SQL_PACKAGES = ['better-sqlite3', 'drizzle-orm'];

/** no-restricted-imports options: `paths` are exact names, `patterns` match the import string. */
function restrict({ folders = [], packages = [], message }) {
  const patterns = [];
  if (folders.length > 0) {
    patterns.push({ regex: `(^|/)(${folders.join('|')})(/|$)`, message });
  }
  if (packages.length > 0) {
    // Package names match exactly, or with a sub-path (`drizzle-orm/sqlite-core`); relative paths never match.
    patterns.push({ regex: `^(${packages.map((p) => p.replace('/', '\\/').replace('*', '.*')).join('|')})(\\/.*)?$`, message });
  }
  return ['error', { patterns }];
}

export default tseslint.config(
  { ignores: ['node_modules/**', 'dist/**', 'release/**', 'test-results/**', 'playwright-report/**', 'db/migrations/**', '.tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: 'ExportDefaultDeclaration', message: '不使用默认导出（no default exports）：请用具名导出。' },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': restrict({
        folders: ['electron', 'db'],
        packages: ['electron', ...SQL_PACKAGES, ...NODE_BUILTINS],
        message: 'renderer 只能依赖 shared/，并通过 renderer/lib/api.ts 取数据。',
      }),
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/lib/api.ts'],
    rules: {
      'no-restricted-globals': ['error', { name: 'fetch', message: '数据只能经 renderer/lib/api.ts 获取。' }],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'desk', message: '数据只能经 renderer/lib/api.ts 获取。' },
        { object: 'window', property: 'fetch', message: '数据只能经 renderer/lib/api.ts 获取。' },
        { object: 'globalThis', property: 'fetch', message: '数据只能经 renderer/lib/api.ts 获取。' },
      ],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        folders: ['renderer', 'electron', 'db'],
        packages: ['electron', 'react', 'react-dom', '@mantine/.*', ...SQL_PACKAGES, ...NODE_BUILTINS],
        message: 'shared/ 是纯规则与契约，不能依赖 renderer、electron、db 或 Node/浏览器专有模块。',
      }),
    },
  },
  {
    files: ['db/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        folders: ['renderer', 'electron'],
        packages: ['electron', 'react'],
        message: 'db/ 不能依赖 renderer 或 electron。',
      }),
    },
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main/**', 'electron/preload/**'],
    rules: {
      'no-restricted-imports': restrict({
        folders: ['renderer'],
        packages: ['electron', 'react', ...SQL_PACKAGES],
        message: '只有 electron/main 与 electron/preload 可以引用 electron；SQL 只在 db/；服务不能依赖 renderer。',
      }),
    },
  },
  {
    // The CLI is a door like IPC and HTTP: its commands call contract methods through dispatch (electron/cli/cli-api.ts),
    // never a repository or a service directly; it opens the runtime (or the offline door) and takes the demo's defaults.
    files: ['electron/cli/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            ...restrict({ folders: ['renderer'], packages: ['electron', 'react', ...SQL_PACKAGES], message: '只有 electron/main 与 electron/preload 可以引用 electron；SQL 只在 db/；服务不能依赖 renderer。' })[1].patterns,
            {
              regex: '(^|/)db/repositories(/|$)|(^|/)services/(?!runtime/|offline-handlers$|jobs/job-registry$|demo/demo-service$)',
              message: '命令行与 IPC、HTTP 一样，只经 dispatch 调用契约中的方法（electron/cli/cli-api.ts），不直接调用仓库或服务。',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/main/**/*.ts', 'electron/preload/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({
        folders: ['renderer'],
        packages: ['react', ...SQL_PACKAGES],
        message: 'Electron 外壳不能依赖 renderer，SQL 只在 db/。',
      }),
    },
  },
  {
    files: ['electron/**/*.ts', 'db/**/*.ts', 'shared/**/*.ts'],
    plugins: { desk: localPlugin },
    rules: {
      'desk/no-import-cycles': ['error', { roots: ['electron', 'db', 'shared'], folders: ['electron/services'] }],
    },
  },
  {
    files: ['tests/**/*.ts', 'scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': restrict({ packages: ['electron'], message: '测试与脚本不能引用 electron（无法下载其程序文件）。' }),
    },
  },
  {
    // Tools that require a default export.
    files: ['*.config.ts', '*.config.js', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
