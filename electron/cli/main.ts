import { migrationsDir } from '../../db/migrations-dir';
import { runCli } from './run-cli';

const code = await runCli(process.argv.slice(2), migrationsDir());
process.exitCode = code;
