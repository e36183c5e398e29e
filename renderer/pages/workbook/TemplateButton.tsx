import { Button } from '@mantine/core';
import { useState } from 'react';
import { call } from '../../lib/api';
import { saveProduced } from '../../lib/save-produced';

const XLSX = [{ name: 'Excel 工作簿', extensions: ['xlsx'] }];

/**
 * 下载空白模板: every sheet of the standard workbook with its header and no data, the 填表说明 sheet (each column's
 * meaning, whether it must be filled, its allowed values, an example), dropdowns and formats for Excel and WPS.
 */
export function TemplateButton() {
  const [busy, setBusy] = useState(false);

  async function download() {
    await saveProduced(
      { title: '保存空白模板', defaultName: '标准数据工作簿-空白模板-第2版.xlsx', filters: XLSX },
      (file) => {
        setBusy(true);
        return call('workbook.template', { file });
      },
      () => '空白模板已保存',
    );
    setBusy(false);
  }

  return (
    <Button variant="default" onClick={download} loading={busy}>
      下载空白模板
    </Button>
  );
}
