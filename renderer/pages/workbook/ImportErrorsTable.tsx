import { Group, Select, Table, Text, TextInput } from '@mantine/core';
import { useMemo, useState } from 'react';
import type { ImportProblemDto } from '../../../shared/contract/workbook';

const SHOWN = 500;

/** The problems of a rejected import: filterable by sheet and text, the first 500 shown. */
export function ImportErrorsTable({ errors }: { errors: ImportProblemDto[] }) {
  const [sheet, setSheet] = useState<string | null>(null);
  const [text, setText] = useState('');
  const sheets = useMemo(() => [...new Set(errors.map((e) => e.sheet || '（文件）'))], [errors]);
  const filtered = useMemo(() => {
    const q = text.trim();
    return errors.filter(
      (e) => (!sheet || (e.sheet || '（文件）') === sheet) && (!q || e.message.includes(q) || (e.value ?? '').includes(q) || (e.column ?? '').includes(q)),
    );
  }, [errors, sheet, text]);
  return (
    <>
      <Group>
        <Select aria-label="按工作表筛选" placeholder="全部工作表" data={sheets} value={sheet} onChange={setSheet} clearable w={180} />
        <TextInput aria-label="按内容筛选" placeholder="筛选：列名、值或问题" value={text} onChange={(e) => setText(e.currentTarget.value)} w={280} />
        <Text size="sm" c="dimmed">
          {filtered.length} 条{filtered.length > SHOWN ? `，显示前 ${SHOWN} 条（全部见错误清单）` : ''}
        </Text>
      </Group>
      <Table striped withTableBorder aria-label="导入错误" fz="sm">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={90}>工作表</Table.Th>
            <Table.Th w={60}>行</Table.Th>
            <Table.Th w={120}>列</Table.Th>
            <Table.Th w={200}>值</Table.Th>
            <Table.Th>问题</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {filtered.slice(0, SHOWN).map((e, i) => (
            <Table.Tr key={`${e.sheet}-${e.row}-${e.column}-${i}`}>
              <Table.Td>{e.sheet || '（文件）'}</Table.Td>
              <Table.Td>{e.row ?? ''}</Table.Td>
              <Table.Td>{e.column ?? ''}</Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>{e.value ?? ''}</Table.Td>
              <Table.Td>{e.message}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </>
  );
}
