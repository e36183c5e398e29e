import { Alert, Button, Group, Select, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import type { AuditRow } from '../../../shared/contract/admin';
import { DateField } from '../../components/DateField';
import { call } from '../../lib/api';
import { messageOf } from '../../lib/field-errors';
import { useApiQuery } from '../../lib/use-api-query';
import { AUDIT_ACTION_LABELS, AUDIT_ENTITY_LABELS } from './audit-labels';
import { AuditTable } from './AuditTable';

const PAGE = 200;

/** 审计日志: filters by user, entity, date range and action; newest first, 200 at a time. Read-only: nothing here edits it. */
export function AuditTab() {
  const users = useApiQuery('users.list', {});
  const [username, setUsername] = useState<string | null>(null);
  const [entity, setEntity] = useState<string | null>(null);
  const [entityKey, setEntityKey] = useState('');
  const [action, setAction] = useState<string | null>(null);
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const filter = { username, entity, entityKey: entityKey.trim() || null, action, from: from || null, to: to || null };
  const page = useApiQuery('audit.list', { ...filter, limit: PAGE });
  const [older, setOlder] = useState<{ key: string; rows: AuditRow[]; more: boolean } | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const key = JSON.stringify(filter);
  const extra = older?.key === key ? older : null;
  const rows = [...(page.data?.rows ?? []), ...(extra?.rows ?? [])];
  const more = extra ? extra.more : (page.data?.more ?? false);

  async function loadMore() {
    const last = rows[rows.length - 1];
    if (!last) return;
    try {
      const next = await call('audit.list', { ...filter, limit: PAGE, beforeId: last.id });
      setOlder({ key, rows: [...(extra?.rows ?? []), ...next.rows], more: next.more });
    } catch (error) {
      setFailure(messageOf(error));
    }
  }

  const userNames = [...new Set(['local-admin', 'system', ...(users.data ?? []).map((u) => u.username)])];
  return (
    <>
      <Group align="flex-end" mb="sm" wrap="wrap">
        <Select label="用户" placeholder="全部" clearable searchable data={userNames} value={username} onChange={setUsername} w={150} />
        <Select label="对象" placeholder="全部" clearable data={Object.entries(AUDIT_ENTITY_LABELS).map(([value, label]) => ({ value, label }))} value={entity} onChange={setEntity} w={150} />
        <TextInput label="对象编号" placeholder="如人员编号" value={entityKey} onChange={(e) => setEntityKey(e.currentTarget.value)} w={120} />
        <Select label="操作" placeholder="全部" clearable data={Object.entries(AUDIT_ACTION_LABELS).map(([value, label]) => ({ value, label }))} value={action} onChange={setAction} w={150} />
        <div style={{ width: 160 }}>
          <DateField label="从" value={from || null} onChange={(v) => setFrom(v ?? '')} clearable />
        </div>
        <div style={{ width: 160 }}>
          <DateField label="到" value={to || null} onChange={(v) => setTo(v ?? '')} clearable />
        </div>
      </Group>
      <Text size="sm" c="dimmed" mb="xs">
        审计日志只能查看，不能在程序中修改或删除。身份证号码和电话在日志中也隐藏显示。
      </Text>
      {(page.error || failure) && <Alert color="red">{page.error?.message ?? failure}</Alert>}
      <AuditTable rows={rows} label="审计日志" />
      {rows.length === 0 && !page.loading && (
        <Text c="dimmed" ta="center" py="md">
          没有符合条件的记录
        </Text>
      )}
      {more && (
        <Group justify="center" mt="sm">
          <Button variant="default" onClick={() => void loadMore()}>
            更早的记录
          </Button>
        </Group>
      )}
    </>
  );
}
