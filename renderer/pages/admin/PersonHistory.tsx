import { Alert, Text } from '@mantine/core';
import { useApiQuery } from '../../lib/use-api-query';
import { AuditTable } from './AuditTable';

/** 修改历史: everything the audit trail holds about one person (changes, reveals), newest first. */
export function PersonHistory({ personId, reloadKey }: { personId: number; reloadKey: string }) {
  const rows = useApiQuery('audit.ofPerson', { personId }, reloadKey);
  if (rows.error) return <Alert color="red">{rows.error.message}</Alert>;
  if (rows.data && rows.data.length === 0) return <Text c="dimmed">没有记录</Text>;
  return <AuditTable rows={rows.data ?? []} label="修改历史" />;
}
