import { resolve } from 'node:path';
import { DatabaseOpenError } from '../../db/open-database';
import { AppError } from '../../shared/app-error';
import { APP_NAME, APP_VERSION } from '../../shared/version';
import { dbPathIn, defaultDataDir } from '../services/runtime/data-dir';
import { applyTodayPin, InvalidTodayError } from '../services/runtime/today-pin';
import { createIo, EXIT_OK, EXIT_REJECTED, EXIT_USAGE, failureDocument, UsageError } from './cli-io';
import { commands } from './commands';

function usageText(): string {
  return [
    `${APP_NAME} ${APP_VERSION} 命令行`,
    '用法：npm run -s cli -- <命令> [选项]',
    '通用选项：--db PATH（数据库文件，缺失时创建）  --data-dir DIR  --json（标准输出只打印一个 JSON 文档）',
    '          --today YYYY-MM-DD（把“今天”固定为该日期，时间从当日 9:00 起走；也可用环境变量 DESK_TODAY）',
    '          --as 用户名 --password-env 变量名（以该用户的角色和范围运行，密码取自环境变量；',
    '          不带 --as 时以“本机管理员”模式运行，审计日志记为 local-admin）',
    '',
    ...commands.map((c) => `  ${c.usage}\n      ${c.summary}`),
  ].join('\n');
}

interface GlobalFlags {
  rest: string[];
  json: boolean;
  db: string | null;
  dataDir: string | null;
  /** --today: pins the clock for this run (else DESK_TODAY, else the real date). */
  today: string | undefined;
  help: boolean;
  /** --as U --password-env VAR: the user to run as and the environment variable holding the password. */
  as: { username: string; passwordEnv: string | null } | null;
}

/** Takes the global flags out of argv wherever they stand. */
function extractGlobal(argv: string[]): GlobalFlags {
  const rest: string[] = [];
  let json = false;
  let db: string | null = null;
  let dataDir: string | null = null;
  let today: string | undefined;
  let help = false;
  let as: GlobalFlags['as'] = null;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--as') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError('--as 需要一个用户名');
      as = { username: value, passwordEnv: null };
      i += 1;
      // The --password-env right after --as U is the signing-in user's (a command's own --password-env stays its own).
      if (argv[i + 1] === '--password-env') {
        const env = argv[i + 2];
        if (env === undefined || env.startsWith('--')) throw new UsageError('--password-env 需要一个环境变量名');
        as.passwordEnv = env;
        i += 2;
      }
    } else if (arg === '--json') json = true;
    else if (arg === '--help' || arg === '-h') help = true;
    else if (arg === '--db' || arg === '--data-dir') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError(`${arg} 需要一个路径`);
      if (arg === '--db') db = value;
      else dataDir = value;
      i += 1;
    } else if (arg === '--today') {
      const value = argv[i + 1];
      if (value === undefined || value.startsWith('--')) throw new UsageError('--today 需要一个日期（YYYY-MM-DD）');
      today = value;
      i += 1;
    } else if (arg.startsWith('--db=')) db = arg.slice(5);
    else if (arg.startsWith('--data-dir=')) dataDir = arg.slice(11);
    else if (arg.startsWith('--today=')) today = arg.slice(8);
    else rest.push(arg);
  }
  return { rest, json, db, dataDir, today, help, as };
}

export async function runCli(argv: string[], migrationsDir: string): Promise<number> {
  const wantsJson = argv.includes('--json');
  const io = createIo(wantsJson);
  try {
    const global = extractGlobal(argv);
    const [name, ...rest] = global.rest;
    if (global.help || !name) {
      process.stderr.write(`${usageText()}\n`);
      return global.help ? EXIT_OK : EXIT_USAGE;
    }
    const command = commands.find((c) => c.name === name);
    if (!command) throw new UsageError(`未知命令：${name}`);
    applyTodayPin(global.today, process.env);
    const dataDir = resolve(global.dataDir ?? defaultDataDir());
    const dbPath = resolve(global.db ?? dbPathIn(dataDir));
    let signIn: { username: string; password: string } | null = null;
    if (global.as) {
      if (global.as.passwordEnv === null) throw new UsageError('--as 之后需要 --password-env 变量名（密码从该环境变量读取，不在命令行上出现）');
      const password = process.env[global.as.passwordEnv];
      if (password === undefined || password === '') throw new UsageError(`环境变量 ${global.as.passwordEnv} 未设置或为空`);
      signIn = { username: global.as.username, password };
    }
    return await command.run({ argv: rest, dbPath, dataDir, migrationsDir, io, signIn });
  } catch (error) {
    const usage = error instanceof UsageError || error instanceof InvalidTodayError || (error instanceof Error && 'code' in error && String((error as { code: unknown }).code).startsWith('ERR_PARSE_ARGS'));
    if (usage) {
      const message = `用法错误：${(error as Error).message}`;
      io.log(`${message}\n\n${usageText()}`);
      if (wantsJson) io.out('', failureDocument({ code: 'INVALID_INPUT', message }));
      return EXIT_USAGE;
    }
    const apiError =
      error instanceof AppError
        ? error.toApiError()
        : error instanceof DatabaseOpenError
          ? new AppError('REJECTED', error.message, { kind: error.kind }).toApiError()
          : { code: 'INTERNAL' as const, message: `内部错误：${error instanceof Error ? error.message : String(error)}` };
    io.log(apiError.message);
    if (wantsJson) io.out('', failureDocument(apiError));
    return EXIT_REJECTED;
  }
}
