// Types of no-import-cycles.js for the TypeScript test that loads it (tests/unit/lint-import-cycles.test.ts).
import type { ESLint, Rule } from 'eslint';

export declare const noImportCycles: Rule.RuleModule;
export declare const localPlugin: ESLint.Plugin;
