import { join } from 'node:path';
import { serve } from '../electron/bridge/serve-main';
import { migrationsDir } from '../db/migrations-dir';
import { buildRenderer } from './build-steps';
import { RENDERER_OUT } from './paths';

await buildRenderer();
await serve({ argv: process.argv.slice(2), migrationsDir: migrationsDir(), staticDir: join(RENDERER_OUT) });
