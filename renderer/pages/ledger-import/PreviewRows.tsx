import { Badge, Group, Pagination, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { LedgerPreviewRow, LedgerRowFilter, LedgerSummary } from '../../../shared/contract/ledger-import';
import { needsCommunity } from '../../../shared/domain/ledger-import/ledger-fields';
import type { LedgerKind } from '../../../shared/domain/ledger-import/ledger-fields';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';

const PAGE = 100;

function statusBadge(row: LedgerPreviewRow) {
  if (row.status === 'rejected') return <Badge color="red">拒绝</Badge>;
  if (row.status === 'duplicate') return <Badge color="orange">重复</Badge>;
  const change = row.change === 'new' ? <Badge color="green">新增</Badge> : row.change === 'update' ? <Badge color="blue">更新</Badge> : <Badge color="gray">不变</Badge>;
  return (
    <Group gap={4} wrap="nowrap">
      {change}
      {row.issues.length > 0 && <Badge color="yellow">有提醒</Badge>}
    </Group>
  );
}

/** Every data row with its status and reasons, filtered by status, a page at a time. */
export function PreviewRows({ jobId, summary, kind }: { jobId: string; summary: LedgerSummary; kind: LedgerKind }) {
  // A 岗位台账 names no person; only the kinds that add persons place them in households.
  const persons = kind !== 'vacancies';
  const households = needsCommunity(kind);
  const [filter, setFilter] = useState<LedgerRowFilter>('all');
  const [page, setPage] = useState(1);
  const [rows, setRows] = useState<{ total: number; rows: LedgerPreviewRow[] } | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    call('ledgerImport.rows', { previewJobId: jobId, filter, offset: (page - 1) * PAGE, limit: PAGE })
      .then((value) => live && setRows(value))
      .catch((e: unknown) => live && setError(messageOf(e)));
    return () => {
      live = false;
    };
  }, [jobId, filter, page]);
  const all = summary.valid + summary.rejected + summary.duplicates;
  const filters: { value: LedgerRowFilter; label: string }[] = [
    { value: 'all', label: `全部 ${all}` },
    { value: 'new', label: `新增 ${summary.new}` },
    { value: 'update', label: `更新 ${summary.updates}` },
    { value: 'warning', label: `有提醒 ${summary.warnings}` },
    { value: 'rejected', label: `拒绝 ${summary.rejected}` },
    { value: 'duplicate', label: `重复 ${summary.duplicates}` },
  ];
  return (
    <Stack gap="xs">
      <SegmentedControl
        aria-label="按状态筛选"
        data={filters}
        value={filter}
        onChange={(value) => {
          setFilter(value as LedgerRowFilter);
          setPage(1);
        }}
      />
      {error && <Text c="red">{error}</Text>}
      <Table withTableBorder striped aria-label="导入预览的行">
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={60}>行号</Table.Th>
            <Table.Th w={140}>状态</Table.Th>
            <Table.Th w={persons ? 90 : 260}>{persons ? '姓名' : '单位 · 岗位'}</Table.Th>
            {persons && <Table.Th w={180}>身份证号码</Table.Th>}
            {households && <Table.Th w={190}>户</Table.Th>}
            <Table.Th>说明</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(rows?.rows ?? []).map((row) => (
            <Table.Tr key={row.row}>
              <Table.Td>{row.row}</Table.Td>
              <Table.Td>{statusBadge(row)}</Table.Td>
              <Table.Td>{row.name ?? '—'}</Table.Td>
              {persons && (
                <Table.Td ff="monospace">
                  {row.maskedIdNumber ?? '—'}
                  {row.convertedFrom && (
                    <Text size="xs" c="dimmed">
                      由 15 位 {row.convertedFrom} 转换
                    </Text>
                  )}
                </Table.Td>
              )}
              {households && (
                <Table.Td>
                  {row.household ?? '—'}
                  {row.newHousehold && row.status === 'valid' && (
                    <Badge ml={4} size="xs" variant="light">
                      新户
                    </Badge>
                  )}
                </Table.Td>
              )}
              <Table.Td>
                {row.issues.map((issue, i) => (
                  <Text key={`i${i}`} size="sm" c={issue.severity === 'error' ? 'red' : 'yellow.8'}>
                    {issue.severity === 'error' ? '错误' : '提醒'}（{issue.column}）：{issue.message}
                  </Text>
                ))}
                {row.differences.map((d, i) => (
                  <Text key={`d${i}`} size="sm" c="blue">
                    {d.field}：{d.before ?? '（空）'} → {d.after ?? '（空）'}
                  </Text>
                ))}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {rows && rows.total === 0 && <Text c="dimmed">没有这类行</Text>}
      {rows && rows.total > PAGE && <Pagination total={Math.ceil(rows.total / PAGE)} value={page} onChange={setPage} />}
    </Stack>
  );
}
