import { callApi } from '../cli-api';
import { EXIT_OK } from '../cli-io';
import type { Command } from '../command';
import { optionValues } from '../command-args';
import { withCliRuntime } from '../open-for-cli';

export const infoCommand: Command = {
  name: 'info',
  usage: 'info [--db PATH] [--json]',
  summary: '显示数据库结构版本、街道和各表行数',
  async run(ctx) {
    optionValues(ctx.argv, {});
    return withCliRuntime(ctx, 'read', async (runtime) => {
      const info = await callApi(runtime, 'system.info', {});
      const { street, counts } = info;
      const doc = {
        ok: true,
        appVersion: info.appVersion,
        dbPath: info.dbPath,
        schemaVersion: info.schemaVersion,
        latestSchemaVersion: info.latestSchemaVersion,
        street,
        counts,
      };
      const lines = [
        `数据库：${doc.dbPath}`,
        `结构版本：${doc.schemaVersion}（程序支持 ${doc.latestSchemaVersion}）`,
        `街道：${street ? `${street.name}（${street.code}）` : '未设置'}`,
        ...Object.entries(counts).map(([table, n]) => `  ${table.padEnd(28)} ${n}`),
      ];
      ctx.io.out(lines.join('\n'), doc);
      return EXIT_OK;
    });
  },
};
