import { Alert, Anchor, Badge, Text, Tooltip } from '@mantine/core';
import type { PackageLogEntry } from '../../../shared/contract/packages';
import { DataTable } from '../../components/DataTable';
import type { DataColumn } from '../../components/DataTable';
import { useApiQuery } from '../../lib/use-api-query';
import { bytesText, dateTimeText, kindLabel, partyText, periodText } from './exchange-format';

const COLUMNS: DataColumn<PackageLogEntry>[] = [
  { header: '时间', nowrap: true, cell: (e) => dateTimeText(e.createdAt) },
  {
    header: '方向',
    cell: (e) => (
      <Badge variant="light" color={e.direction === 'export' ? 'blue' : 'green'}>
        {e.direction === 'export' ? '导出' : '导入'}
      </Badge>
    ),
  },
  {
    header: '类型',
    cell: (e) => (
      <>
        {kindLabel(e.kind, e.isPackage)}
        {e.sealed && (
          <Badge ml={4} size="xs" variant="outline">
            加密
          </Badge>
        )}
      </>
    ),
  },
  {
    header: '文件',
    cell: (e) => (
      <span style={{ wordBreak: 'break-all' }}>
        {e.fileName}
        {e.fileBytes !== null && (
          <Text span size="xs" c="dimmed">
            {' '}
            {bytesText(e.fileBytes)}
          </Text>
        )}
      </span>
    ),
  },
  { header: '发出方', cell: (e) => partyText(e.issuer) },
  { header: '接收方', cell: (e) => partyText(e.recipient) },
  { header: '期间', nowrap: true, cell: (e) => periodText(e) },
  {
    header: 'SHA-256',
    mono: true,
    cell: (e) => (
      <Tooltip label={e.sha256} withinPortal>
        <span aria-label={`SHA-256 ${e.sha256}`} style={{ fontSize: 'var(--mantine-font-size-xs)' }}>
          {e.sha256.slice(0, 16)}…
        </span>
      </Tooltip>
    ),
  },
  { header: '操作人', cell: (e) => e.createdBy },
  {
    header: null,
    cell: (e) =>
      e.direction === 'export' &&
      e.isPackage && (
        <Anchor href={`#/exchange/receipt/${e.id}`} style={{ whiteSpace: 'nowrap' }}>
          回执
        </Anchor>
      ),
  },
];

/** 交换记录: every package (and workbook, calendar file) imported or exported, with its hash; a receipt per export. */
export function HistoryPanel({ reloadKey }: { reloadKey: number }) {
  const history = useApiQuery('packages.history', {}, String(reloadKey));
  const rows = history.data ?? [];
  return (
    <>
      {history.error && <Alert color="red">{history.error.message}</Alert>}
      <DataTable aria-label="交换记录" fz="sm" verticalSpacing={4} highlightOnHover={false} columns={COLUMNS} rows={rows} rowKey={(e) => e.id} />
      {!history.loading && rows.length === 0 && (
        <Text c="dimmed" ta="center" py="lg">
          还没有导入或导出过文件。
        </Text>
      )}
    </>
  );
}
