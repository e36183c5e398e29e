import { parseArgs } from 'node:util';
import type { Street } from '../../../shared/contract/system';
import { AppError } from '../../../shared/app-error';
import { EXIT_OK } from '../cli-io';
import type { Command } from '../command';
import { openForCli } from '../open-for-cli';

export const initCommand: Command = {
  name: 'init',
  usage: 'init --street-name 名称 --street-code 9位代码 [--db PATH] [--json]',
  summary: '创建（或打开）数据库并设置街道',
  async run(ctx) {
    const { values } = parseArgs({
      args: ctx.argv,
      options: { 'street-name': { type: 'string' }, 'street-code': { type: 'string' } },
      strict: true,
    });
    const runtime = openForCli(ctx, 'create');
    try {
      const result = await runtime.call('system.setupStreet', { name: values['street-name'] ?? '', code: values['street-code'] ?? '' });
      if (!result.ok) throw new AppError(result.error.code, result.error.message, result.error.details);
      const street = result.value as Street;
      ctx.io.out(`已初始化 ${street.name}（${street.code}）：${runtime.db.path}`, {
        ok: true,
        dbPath: runtime.db.path,
        schemaVersion: runtime.db.schemaVersion,
        street,
      });
      return EXIT_OK;
    } finally {
      runtime.close();
    }
  },
};
