import type { CliIo } from './cli-io';

export interface CommandContext {
  /** Arguments after the command name. */
  argv: string[];
  /** --db path (created and migrated if missing). */
  dbPath: string;
  dataDir: string;
  migrationsDir: string;
  io: CliIo;
  /** --as U --password-env VAR: run as this user (signed in when the database is opened); null = local admin mode. */
  signIn?: { username: string; password: string } | null;
}

export interface Command {
  name: string;
  usage: string;
  summary: string;
  /** Returns the exit code. */
  run(ctx: CommandContext): Promise<number>;
}
