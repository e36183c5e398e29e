/**
 * Electron's security checklist, rule by rule, over the main process and preload as `npm run build` bundles them
 * (dist/electron, rebuilt here when stale) and over electron-builder.yml. Each rule is also shown to fail on a
 * build that reverts it, so that no rule can pass vacuously.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildElectron } from '../../../scripts/build-steps';
import { ELECTRON_OUT, ROOT } from '../../../scripts/paths';
import { parseBuilt, readBuilt } from './built-js';
import { SECURITY_RULES } from './security-rules';
import type { Mutation, Shipped } from './security-rules';

/** The main bundle's Electron-facing modules: the shell, the IPC transport and the CSP it serves. */
const ELECTRON_MODULES = ['electron/main/', 'electron/ipc/', 'electron/bridge/security.ts'];

let shipped: Shipped;

beforeAll(async () => {
  await buildElectron();
  shipped = {
    main: readBuilt(join(ELECTRON_OUT, 'main.cjs'), ELECTRON_MODULES),
    preload: readBuilt(join(ELECTRON_OUT, 'preload.cjs')),
    config: readFileSync(join(ROOT, 'electron-builder.yml'), 'utf8'),
  };
}, 120_000);

function mutated(mutation: Mutation): Shipped {
  const original = mutation.target === 'config' ? shipped.config : shipped[mutation.target].text;
  const text = original.replace(mutation.from, mutation.to);
  expect(text, `the mutation "${mutation.what}" must change the shipped ${mutation.target}`).not.toBe(original);
  if (mutation.target === 'config') return { ...shipped, config: text };
  return { ...shipped, [mutation.target]: parseBuilt(shipped[mutation.target].name, text) };
}

describe('Electron security checklist', () => {
  it('reads the Electron modules of the built main bundle', () => {
    for (const module of ['electron/main/main.ts', 'electron/main/window.ts', 'electron/main/app-protocol.ts', 'electron/ipc/register-ipc.ts', 'electron/bridge/security.ts']) {
      expect(shipped.main.text).toContain(`// ${module}\n`);
    }
  });

  it.each(SECURITY_RULES.map((rule) => [rule.name, rule] as const))('%s', (_name, rule) => {
    expect(rule.check(shipped)).toEqual([]);
  });
});

describe('each rule catches its reversal', () => {
  const cases = SECURITY_RULES.flatMap((rule) => rule.reverts.map((mutation) => [`${rule.name} ← ${mutation.what}`, rule, mutation] as const));
  it.each(cases)('%s', (_name, rule, mutation) => {
    expect(rule.check(mutated(mutation))).not.toEqual([]);
  });
});
