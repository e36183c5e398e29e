import { Button } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { call, downloadPrepared, pickSaveTarget } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';

const XLSX = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/**
 * 下载空白模板: every sheet of the standard workbook with its header and no data, the 填表说明 sheet (each column's
 * meaning, whether it must be filled, its allowed values, an example), dropdowns and formats for Excel and WPS.
 */
export function TemplateButton() {
  const [busy, setBusy] = useState(false);

  async function download() {
    try {
      const target = await pickSaveTarget('保存空白模板', '标准数据工作簿-空白模板-第2版.xlsx', XLSX);
      if (target === 'cancelled') return;
      setBusy(true);
      const { download: prepared } = await call('workbook.template', { file: target?.ref ?? null });
      if (prepared) await downloadPrepared(prepared.ref, prepared.name);
      else notifications.show({ color: 'green', message: '空白模板已保存' });
    } catch (error) {
      notifications.show({ color: 'red', message: messageOf(error) });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Button variant="default" onClick={download} loading={busy}>
      下载空白模板
    </Button>
  );
}
