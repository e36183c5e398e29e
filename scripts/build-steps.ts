/** Builds the renderer (Vite) and the Electron main/preload bundles (esbuild), each only when stale. */
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { WORKER_BUNDLES } from '../electron/services/workers/worker-entry';
import { ELECTRON_OUT, RENDERER_OUT, ROOT } from './paths';

function newestMtime(paths: string[]): number {
  let newest = 0;
  const visit = (path: string) => {
    if (!existsSync(path)) return;
    const info = statSync(path);
    if (info.isDirectory()) {
      for (const entry of readdirSync(path)) if (entry !== 'node_modules') visit(join(path, entry));
    } else newest = Math.max(newest, info.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

function isStale(output: string, sources: string[]): boolean {
  if (!existsSync(output)) return true;
  return newestMtime(sources.map((s) => join(ROOT, s))) > statSync(output).mtimeMs;
}

export async function buildRenderer(force = false): Promise<boolean> {
  const marker = join(RENDERER_OUT, 'index.html');
  if (!force && !isStale(marker, ['renderer', 'shared', 'vite.config.ts', 'package.json'])) return false;
  process.stderr.write('正在构建界面…\n');
  // Loaded only when a build is needed: starting an up-to-date app should not pay for vite.
  const { build: viteBuild } = await import('vite');
  await viteBuild({ configFile: join(ROOT, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

export async function buildElectron(force = false): Promise<boolean> {
  const main = join(ELECTRON_OUT, 'main.cjs');
  if (!force && !isStale(main, ['electron', 'shared', 'db', 'package.json'])) return false;
  process.stderr.write('正在构建 Electron 主进程…\n');
  const { build: esbuild } = await import('esbuild');
  const common = {
    bundle: true,
    platform: 'node' as const,
    format: 'cjs' as const,
    target: 'node22',
    // playwright-core (a dependency: the PDF exports' browser driver) is loaded from node_modules when a PDF is made.
    external: ['electron', 'better-sqlite3', 'playwright-core'],
    sourcemap: true,
    logLevel: 'warning' as const,
  };
  const bundled = {
    ...common,
    // import.meta.url in a CJS bundle: the bundle's own file (electron/services/workers/worker-entry.ts finds the
    // worker bundles beside it).
    banner: { js: 'const __deskBundleUrl = require("node:url").pathToFileURL(__filename).href;' },
    define: { 'import.meta.url': '__deskBundleUrl' },
  };
  await esbuild({ ...bundled, entryPoints: [join(ROOT, 'electron/main/main.ts')], outfile: main });
  // Heavy work runs in worker threads, each task its own bundle beside main.cjs.
  for (const { source, bundle } of WORKER_BUNDLES) await esbuild({ ...bundled, entryPoints: [join(ROOT, source)], outfile: join(ELECTRON_OUT, bundle) });
  await esbuild({ ...common, entryPoints: [join(ROOT, 'electron/preload/preload.ts')], outfile: join(ELECTRON_OUT, 'preload.cjs') });
  return true;
}
