import { Alert, Anchor, Badge, Table, Text, Tooltip } from '@mantine/core';
import { useApiQuery } from '../../lib/use-api-query';
import { bytesText, dateTimeText, kindLabel, partyText, periodText } from './exchange-format';

/** 交换记录: every package (and workbook, calendar file) imported or exported, with its hash; a receipt per export. */
export function HistoryPanel({ reloadKey }: { reloadKey: number }) {
  const history = useApiQuery('packages.history', {}, String(reloadKey));
  const rows = history.data ?? [];
  return (
    <>
      {history.error && <Alert color="red">{history.error.message}</Alert>}
      <Table striped withTableBorder aria-label="交换记录" fz="sm" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>时间</Table.Th>
            <Table.Th>方向</Table.Th>
            <Table.Th>类型</Table.Th>
            <Table.Th>文件</Table.Th>
            <Table.Th>发出方</Table.Th>
            <Table.Th>接收方</Table.Th>
            <Table.Th>期间</Table.Th>
            <Table.Th>SHA-256</Table.Th>
            <Table.Th>操作人</Table.Th>
            <Table.Th />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTimeText(e.createdAt)}</Table.Td>
              <Table.Td>
                <Badge variant="light" color={e.direction === 'export' ? 'blue' : 'green'}>
                  {e.direction === 'export' ? '导出' : '导入'}
                </Badge>
              </Table.Td>
              <Table.Td>
                {kindLabel(e.kind, e.isPackage)}
                {e.sealed && (
                  <Badge ml={4} size="xs" variant="outline">
                    加密
                  </Badge>
                )}
              </Table.Td>
              <Table.Td style={{ wordBreak: 'break-all' }}>
                {e.fileName}
                {e.fileBytes !== null && (
                  <Text span size="xs" c="dimmed">
                    {' '}
                    {bytesText(e.fileBytes)}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>{partyText(e.issuer)}</Table.Td>
              <Table.Td>{partyText(e.recipient)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{periodText(e)}</Table.Td>
              <Table.Td ff="monospace" fz="xs">
                <Tooltip label={e.sha256} withinPortal>
                  <span aria-label={`SHA-256 ${e.sha256}`}>{e.sha256.slice(0, 16)}…</span>
                </Tooltip>
              </Table.Td>
              <Table.Td>{e.createdBy}</Table.Td>
              <Table.Td>
                {e.direction === 'export' && e.isPackage && (
                  <Anchor href={`#/exchange/receipt/${e.id}`} style={{ whiteSpace: 'nowrap' }}>
                    回执
                  </Anchor>
                )}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {!history.loading && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          还没有导入或导出过文件。
        </Text>
      )}
    </>
  );
}
