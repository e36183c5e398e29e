import { Alert, List } from '@mantine/core';
import type { ImportPreview } from '../../../shared/contract/workbook';

/** What the file holds that will not be imported (e.g. a sheet the standard workbook has no place for). */
export function ImportWarnings({ warnings }: { warnings: ImportPreview['warnings'] }) {
  if (warnings.length === 0) return null;
  return (
    <Alert color="yellow" title={`提醒：有 ${warnings.length} 处内容不会导入`} data-testid="import-warnings">
      <List size="sm">
        {warnings.map((w) => (
          <List.Item key={`${w.sheet}|${w.row ?? ''}|${w.message}`}>{w.message}</List.Item>
        ))}
      </List>
    </Alert>
  );
}
