import { Button, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { formatChineseDate } from '../../../shared/domain/dates';
import { LEDGER_KIND_LABEL } from '../../../shared/domain/ledger-import/ledger-fields';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';

/** The saved mapping templates (reapplied to files with the same header), each of which can be deleted. */
export function SavedTemplates({ refreshKey }: { refreshKey: number }) {
  const templates = useApiQuery('ledgerImport.templates', {}, String(refreshKey));
  const list = templates.data ?? [];
  if (list.length === 0) return null;
  async function remove(name: string) {
    try {
      await call('ledgerImport.deleteTemplate', { name });
      templates.reload();
      notifications.show({ color: 'green', message: `已删除映射模板“${name}”` });
    } catch (error) {
      notifications.show({ color: 'red', message: messageOf(error) });
    }
  }
  return (
    <div>
      <Text size="sm" fw={500} mb={4}>
        已保存的映射模板（表头相同的文件自动套用）
      </Text>
      <Table withTableBorder aria-label="已保存的映射模板" maw={1000}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={180}>名称</Table.Th>
            <Table.Th w={130}>台账类型</Table.Th>
            <Table.Th>表头</Table.Th>
            <Table.Th w={140}>保存日期</Table.Th>
            <Table.Th w={80} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.map((t) => (
            <Table.Tr key={t.name}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{t.name}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{LEDGER_KIND_LABEL[t.kind]}</Table.Td>
              <Table.Td>
                <Text size="xs" c="dimmed" lineClamp={1}>
                  {t.headers.join('、')}
                </Text>
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatChineseDate(t.savedAt.slice(0, 10))}</Table.Td>
              <Table.Td>
                <Button size="xs" variant="subtle" color="red" aria-label={`删除映射模板“${t.name}”`} onClick={() => remove(t.name)}>
                  删除
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </div>
  );
}
