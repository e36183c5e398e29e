import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import type { ListWorklistInput } from '../../../shared/contract/worklist';
import { call, downloadPrepared, pickSaveTarget } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';

/** 导出 Excel: the list as filtered (date, community, clerk, kinds, the 已处理/暂缓 toggle) as a small .xlsx file. */
export function WorklistExportButton({ input, disabled }: { input: ListWorklistInput; disabled: boolean }) {
  const [busy, setBusy] = useState(false);
  async function exportList() {
    try {
      const target = await pickSaveTarget('导出待办', `待办-${input.asOf.replace(/-/g, '')}.xlsx`, [{ name: 'Excel 工作簿', extensions: ['xlsx'] }]);
      if (target === 'cancelled') return;
      setBusy(true);
      const result = await call('worklist.exportXlsx', { ...input, file: target?.ref ?? null });
      if (result.download) await downloadPrepared(result.download.ref, result.download.name);
      notifications.show({ color: 'green', message: `已导出“${result.fileName}”，${result.rowCount.toLocaleString('zh-CN')} 条待办` });
    } catch (error) {
      notifications.show({ color: 'red', title: '未能导出', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }
  return (
    <Button variant="default" loading={busy} disabled={disabled} onClick={() => void exportList()}>
      导出 Excel
    </Button>
  );
}
