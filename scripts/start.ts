/**
 * `npm start`: builds what is stale, then starts the Electron app when its binary is present, else browser mode.
 * It never requires the `electron` package (that would try to download the binary): it only looks for the file.
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serve } from '../electron/bridge/serve-main';
import { migrationsDir } from '../db/migrations-dir';
import { buildElectron, buildRenderer } from './build-steps';
import { RENDERER_OUT, ROOT } from './paths';

function electronBinary(): string | null {
  const dir = join(ROOT, 'node_modules', 'electron');
  const pathFile = join(dir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const binary = join(dir, 'dist', readFileSync(pathFile, 'utf8').trim());
  return existsSync(binary) ? binary : null;
}

const args = process.argv.slice(2);
await buildRenderer();
const binary = electronBinary();
if (binary && !args.includes('--browser')) {
  await buildElectron();
  const child = spawn(binary, [ROOT, ...args], { stdio: 'inherit' });
  child.on('exit', (code) => process.exit(code ?? 0));
} else {
  process.stderr.write('未找到 Electron 程序文件（本机无法下载），改用浏览器模式启动。\n');
  await serve({ argv: args.filter((a) => a !== '--browser'), migrationsDir: migrationsDir(), staticDir: RENDERER_OUT });
}
