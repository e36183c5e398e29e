import { Stack, Text, Title } from '@mantine/core';
import { LedgerImportPanel } from '../ledger-import/LedgerImportPanel';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/** 导入/导出: the standard data workbook in and out. */
export function TransferPage() {
  return (
    <Stack gap="lg">
      <div>
        <Title order={3}>导入/导出</Title>
        <Text size="sm" c="dimmed">
          标准数据工作簿（.xlsx，第 2 版）装着经办人录入的全部业务数据：可导入其他装机或市局下发的工作簿，也可随时导出，数据不被锁定在本程序中。考核结果、手工评定、日历调整、设置、用户和操作日志不在工作簿中（见下方“导出”）。
        </Text>
      </div>
      <ImportPanel />
      <LedgerImportPanel />
      <ExportPanel />
    </Stack>
  );
}
