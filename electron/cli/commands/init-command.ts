import { callApi } from '../cli-api';
import { EXIT_OK } from '../cli-io';
import type { Command } from '../command';
import { optionValues } from '../command-args';
import { withCliRuntime } from '../open-for-cli';

export const initCommand: Command = {
  name: 'init',
  usage: 'init --street-name 名称 --street-code 9位代码 [--db PATH] [--json]',
  summary: '创建（或打开）数据库并设置街道',
  async run(ctx) {
    const values = optionValues(ctx.argv, { 'street-name': { type: 'string' }, 'street-code': { type: 'string' } });
    return withCliRuntime(ctx, 'create', async (runtime) => {
      const street = await callApi(runtime, 'system.setupStreet', { name: values['street-name'] ?? '', code: values['street-code'] ?? '' });
      ctx.io.out(`已初始化 ${street.name}（${street.code}）：${runtime.db.path}`, {
        ok: true,
        dbPath: runtime.db.path,
        schemaVersion: runtime.db.schemaVersion,
        street,
      });
      return EXIT_OK;
    });
  },
};
