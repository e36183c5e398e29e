import { Stack, Text, Title } from '@mantine/core';
import { ExportPanel } from './ExportPanel';
import { ImportPanel } from './ImportPanel';

/** 导入/导出: the standard data workbook in and out. */
export function TransferPage() {
  return (
    <Stack gap="lg">
      <div>
        <Title order={3}>导入/导出</Title>
        <Text size="sm" c="dimmed">
          标准数据工作簿（.xlsx）是本街道全部数据的完整副本：可导入其他装机或市局下发的工作簿，也可随时导出备份，数据不被锁定在本程序中。
        </Text>
      </div>
      <ImportPanel />
      <ExportPanel />
    </Stack>
  );
}
